#include "services/EditConflict.h"

namespace metodist {

QList<FieldDifference> conflictingFields(const RecordFields &loaded, const RecordFields &edited,
                                         const RecordFields &stored)
{
    QList<FieldDifference> differences;
    bool undoesSomeone = false;
    const qsizetype count = std::min({loaded.size(), edited.size(), stored.size()});
    for (qsizetype i = 0; i < count; ++i) {
        if (edited[i].value == stored[i].value)
            continue;
        const bool elsewhere = loaded[i].value != stored[i].value;
        undoesSomeone = undoesSomeone || elsewhere;
        differences.append({stored[i].label, edited[i].text, stored[i].text, elsewhere});
    }
    return undoesSomeone ? differences : QList<FieldDifference>();
}

} // namespace metodist
