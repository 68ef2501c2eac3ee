#include "dialogs/RouteDraftDialog.h"

#include "domain/Snils.h"
#include "models/RouteModels.h"
#include "storage/TeacherRepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace metodist {

RouteDraftDialog::RouteDraftDialog(Database &db, const QString &academicYear, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_year(academicYear)
    , m_search(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_items(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("routeDraftDialog"));
    setWindowTitle(tr("Route from diagnostics, %1").arg(academicYear));
    m_search->setObjectName(QStringLiteral("teacherSearch"));
    m_search->setPlaceholderText(tr("СНИЛС or a part of the teacher's name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(480);
    m_matches->setObjectName(QStringLiteral("teacherMatches"));
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 7);
    m_summary->setObjectName(QStringLiteral("draftSummary"));
    m_summary->setWordWrap(true);
    m_items->setObjectName(QStringLiteral("suggestions"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create route"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Teacher"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Suggested items (untick what the route should not have)"), this));
    layout->addWidget(m_items, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &RouteDraftDialog::search);
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            chooseTeacher(m_matches->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_items, &QListWidget::itemChanged, this, &RouteDraftDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &RouteDraftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
    // The suggested items' names whole on a 1366×768 screen.
    resize(820, sizeHint().height());
}

void RouteDraftDialog::search(const QString &text)
{
    const QSignalBlocker blocker(m_matches);
    m_matches->clear();
    m_error->clear();
    if (text.trimmed().size() < 2)
        return;
    TeacherRepository teachers(m_db);
    QList<NameMatch> found;
    if (auto snils = Snils::parse(text); snils) {
        if (auto id = teachers.findBySnils(snils->digits()); id && id.value() > 0)
            if (auto teacher = teachers.get(id.value()); teacher)
                found.append({id.value(), teacher->fullName()});
    } else if (auto matches = teachers.searchByName(text, 20); matches) {
        found = matches.value();
    } else {
        m_error->setText(matches.message());
    }
    for (const NameMatch &match : found) {
        auto *item = new QListWidgetItem(match.fullName, m_matches);
        item->setData(Qt::UserRole, match.id);
    }
    if (found.isEmpty() && m_error->text().isEmpty())
        m_error->setText(tr("No teacher found."));
}

bool RouteDraftDialog::chooseTeacher(qint64 teacherId)
{
    m_draft.reset();
    m_items->clear();
    m_error->clear();
    auto draft = RouteService(m_db).suggest(teacherId, m_year);
    if (!draft) {
        m_summary->clear();
        m_error->setText(draft.message());
        updateOk();
        return false;
    }
    m_draft = draft.value();
    m_summary->setText(tr("Level: %1. Deficits: %2.")
                           .arg(m_draft->levelName.isEmpty() ? tr("not diagnosed") : m_draft->levelName,
                                m_draft->deficitNames.isEmpty() ? tr("none") : m_draft->deficitNames.join(QStringLiteral(", "))));
    const QSignalBlocker blocker(m_items);
    for (const RouteItem &suggested : m_draft->route.items) {
        const QString details = RouteItemModel::details(suggested);
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(suggested.kindName, suggested.title)
                                             + (details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details)),
                                         m_items);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_draft->route.items.isEmpty())
        m_error->setText(tr("Nothing to suggest: no diagnostics or catalogue entries for the teacher."));
    updateOk();
    return true;
}

void RouteDraftDialog::updateOk()
{
    bool any = false;
    for (int row = 0; row < m_items->count(); ++row)
        any = any || m_items->item(row)->checkState() == Qt::Checked;
    m_ok->setEnabled(m_draft.has_value() && any);
}

void RouteDraftDialog::accept()
{
    if (!m_draft)
        return;
    Route route = m_draft->route;
    route.items.clear();
    for (int row = 0; row < m_items->count(); ++row)
        if (m_items->item(row)->checkState() == Qt::Checked) {
            RouteItem item = m_draft->route.items.at(row);
            item.position = int(route.items.size()) + 1;
            route.items << item;
        }
    auto created = RouteService(m_db).create(route);
    if (!created) {
        m_error->setText(created.message());
        return;
    }
    m_routeId = created.value();
    QDialog::accept();
}

} // namespace metodist
