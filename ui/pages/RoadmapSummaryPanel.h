#pragma once

#include "services/RoadmapService.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace metodist {

class Database;

// Stage 7, summing up, of one roadmap: the three figures computed from the
// data (coverage of the assigned teachers by done activities, activities
// done of those planned, individual routes completed), each with «Show…»
// listing what it was counted from, and the methodist's conclusion with the
// plans for the next year.
class RoadmapSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Figure { Coverage, Activities, Routes };

    explicit RoadmapSummaryPanel(QWidget *parent = nullptr);
    void setDatabase(Database *db);
    // Reads the roadmap's figures again; 0 shows none. The conclusion being
    // typed is kept while the same roadmap is shown again.
    void setRoadmap(qint64 roadmapId);
    void reload();

    const std::optional<RoadmapSummary> &summary() const { return m_summary; }
    // The figure as shown: «2 of 3 (67 %)».
    QString figureText(Figure figure) const;
    QString errorText() const;

    // The people, activities or routes behind a figure, in a modal dialog.
    void showDetails(Figure figure);
    // Writes the conclusion and the plans; false with the reason shown.
    bool saveConclusion();

signals:
    void statusMessage(const QString &text);

private:
    void showSummary();
    void updateSave();
    Conclusion chosenConclusion() const;

    Database *m_db = nullptr;
    qint64 m_roadmapId = 0;
    std::optional<Roadmap> m_roadmap;
    std::optional<RoadmapSummary> m_summary;
    QLabel *m_title;
    QLabel *m_values[3];
    QPushButton *m_show[3];
    QButtonGroup *m_conclusion;
    QPlainTextEdit *m_plans;
    QPushButton *m_save;
    QLabel *m_error;
};

} // namespace metodist
