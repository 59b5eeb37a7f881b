#pragma once

#include "CsvReader.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sb::importcolumns {

// How the header of an imported file names the fields: in English or Chinese, any case,
// "Short Name", "short_name", "名称*" and "信用额度（元）" alike. Used by CustomerCsvImporter.


struct Columns {
    QHash<QString, int> index; // field -> column
    int count = 0;
    bool has(const char *field) const { return index.contains(QLatin1String(field)); }
};

// normalized header -> field, for customer and for contact files
const QHash<QString, QString> &customerAliases();
const QHash<QString, QString> &contactAliases();
// "Short Name", "short_name", "ＳＨＯＲＴ-NAME", "名称*", "信用额度（元）" all become one key.
QString normalizeHeader(const QString &header);
// Columns the header names; unknown and repeated columns become warnings for a person.
Columns mapHeader(const QStringList &header, const QHash<QString, QString> &aliases, QStringList *warnings);
// The trimmed cell of a field, or an empty string when the file has no such column.
QString cell(const CsvRecord &record, const Columns &cols, const char *field);

} // namespace sb::importcolumns
