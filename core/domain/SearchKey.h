#pragma once

#include <QString>
#include <QStringView>

namespace metodist {

// The normalised form every name search compares against. SQLite's LIKE,
// lower() and NOCASE fold ASCII only, so core stores this key next to each
// searchable name and folds the user's query the same way:
// Unicode case folding, ё→е, every dash variant → '-', no spaces around
// hyphens (hyphenated surnames), runs of whitespace collapsed to one space.
QString searchKey(QStringView text);

// '-' and the dashes office programs put in its place (hyphen, en and em
// dash, minus sign...): in surnames and in СНИЛС they all mean a hyphen.
bool isDash(QChar c);

// The search key with everything but letters and digits left out: what a
// dictionary value is matched by, so «1 КК», «1КК» and «1-КК», or «г.Тюмень»
// and «г. Тюмень», are one value.
QString looseKey(QStringView text);

// Joins parts (surname, first name, patronymic...) and normalises the result.
QString searchKey(std::initializer_list<QStringView> parts);

} // namespace metodist
