#include "models/CatalogueModel.h"

namespace metodist {

namespace {

QVariant shown(const QString &text, int role)
{
    return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(text) : QVariant();
}

// A list of names; «any» where the entry names none (it suits every one).
QVariant listed(const QStringList &names, int role)
{
    if (names.isEmpty())
        return role == Qt::DisplayRole ? QVariant(CatalogueModel::tr("any")) : QVariant();
    return shown(names.join(QStringLiteral("; ")), role);
}

} // namespace

CatalogueModel::CatalogueModel(QObject *parent) : ListModel(parent)
{
    addColumn(tr("Title"), [](const CatalogueEntry &e, int role) { return shown(e.title, role); });
    addColumn(tr("Kind"), [](const CatalogueEntry &e, int role) { return shown(e.kindName, role); });
    addColumn(tr("Provider"), [](const CatalogueEntry &e, int role) { return shown(e.provider, role); });
    addColumn(tr("Hours"), [](const CatalogueEntry &e, int role) -> QVariant {
        if (role == Qt::DisplayRole)
            return e.hours ? QVariant(*e.hours) : QVariant();
        if (role == SortRole)
            return e.hours.value_or(0);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    });
    addColumn(tr("Form"), [](const CatalogueEntry &e, int role) {
        return shown(CatalogueEntry::formName(e.form), role);
    });
    addColumn(tr("Federal registry"), [](const CatalogueEntry &e, int role) {
        return shown(e.federalRegistry ? tr("yes") : QString(), role);
    });
    addColumn(tr("Subjects"), [](const CatalogueEntry &e, int role) { return listed(e.subjects, role); });
    addColumn(tr("Deficits"), [](const CatalogueEntry &e, int role) { return listed(e.deficits, role); });
    addColumn(tr("Levels"), [](const CatalogueEntry &e, int role) { return listed(e.levels, role); });
}

} // namespace metodist
