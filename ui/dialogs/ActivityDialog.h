#pragma once

#include "domain/Roadmap.h"

#include "dialogs/EditorDialog.h"

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace metodist {

// An activity of a roadmap stage: № | мероприятие | сроки | ответственный |
// вид документа | ожидаемый результат, and the teachers it concerns, chosen
// from the methodist's assigned teachers.
class ActivityDialog : public EditorDialog
{
    Q_OBJECT

public:
    struct TeacherChoice
    {
        qint64 id = 0;
        QString name;
    };

    explicit ActivityDialog(const QList<TeacherChoice> &teachers, QWidget *parent = nullptr);
    // Fills the fields from an activity being edited; its id and done state are kept.
    void setActivity(const RoadmapActivity &activity);
    RoadmapActivity activity() const;

private:
    void updateOk();

    RoadmapActivity m_activity;
    QLineEdit *m_title;
    QDateEdit *m_starts;
    QDateEdit *m_due;
    QLineEdit *m_responsible;
    QLineEdit *m_documentKind;
    QPlainTextEdit *m_expected;
    QListWidget *m_teachers;
    QPushButton *m_ok = nullptr;
};

} // namespace metodist
