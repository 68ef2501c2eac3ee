#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

#include "storage/Database.h"

namespace metodist {

// A numbered schema change. Migrations are applied in order, all pending ones
// in one transaction, and recorded in schema_migrations. Never edit a released
// migration: add the next number instead.
//
// Each step says what differs per engine: `statements` are the step as it
// was released and tested, written for SQLite; `variants` replace them on
// another engine. The released steps use SQLite-only syntax in places
// (WITHOUT ROWID tables, GLOB checks, FTS5 trigram tables and the triggers
// that feed them); the PostgreSQL engine brings its variant of each such step
// with it (sqliteOnlySyntax() finds them), and an engine without a variant of
// a step that needs one refuses to create the schema instead of guessing.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    std::map<Dialect, QStringList> variants = {};
    // Data the step brings, written after its statements in the same
    // transaction (through the repositories, with bound values).
    std::function<Status(Database &)> data = {};

    QStringList statementsFor(Dialect dialect) const
    {
        const auto it = variants.find(dialect);
        return it != variants.end() ? it->second : statements;
    }
};

// A released step's statement as PostgreSQL takes it: integer keys become
// identity columns, WITHOUT ROWID goes, GLOB checks become regular
// expressions, REAL double precision, the FTS5 trigram tables trigram indexes
// (pg_trgm) and the triggers that fed them nothing. A step with a variant of
// its own for the engine does not go through here.
QStringList serverStatements(const QString &statement);

// The SQLite-only constructs in a statement (empty when it is portable).
QStringList sqliteOnlySyntax(const QString &statement);

const std::vector<Migration> &migrations();

} // namespace metodist
