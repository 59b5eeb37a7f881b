#include "TrytonCustomerFile.h"

#include "TrytonMapping.h"
#include "TrytonOp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb::tryton {

namespace {

struct Dimension {
    const char *name;
    const char *root;
    const char *rootZh;
};

const Dimension kDimensions[] = {
    {"grade", "Grade", "客户等级"},
    {"region", "Region", "区域"},
    {"industry", "Industry", "行业"},
    {"owner", "Sales rep", "客户经理"},
};

// The header's words for the kinds of timeline entries (fixed English: the header is read back).
const char *const kKinds[][2] = {
    {"visit", "Visit"}, {"call", "Call"},   {"meeting", "Meeting"},   {"task", "Task"},
    {"note", "Note"},   {"email", "E-mail"}, {"stage", "Stage change"},
};

const QString kSep = QStringLiteral(" · ");
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'");

QString kindWord(const QString &kind)
{
    for (const auto &k : kKinds)
        if (kind == QLatin1String(k[0]))
            return QString::fromLatin1(k[1]);
    return QStringLiteral("Note");
}

QString kindOf(const QString &word)
{
    for (const auto &k : kKinds)
        if (word == QLatin1String(k[1]))
            return QString::fromLatin1(k[0]);
    return QString();
}

QString headerTime(const QVariant &iso)
{
    const QDateTime t = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(kTimeFormat) : QString();
}

QVariant isoOf(const QString &headerText)
{
    const QDateTime t = QDateTime::fromString(headerText, kTimeFormat);
    if (!t.isValid())
        return {};
    return QDateTime(t.date(), t.time(), Qt::UTC).toString(Qt::ISODate); // "…Z", as the cache keeps times
}

QVariant textOrNullVariant(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

// The trailer's keys, after a line "--": what the entry has beside its text.
const char *const kTrailer[][2] = {
    {"ends_at", "Ends"}, {"outcome", "Outcome"}, {"next_step", "Next step"}, {"next_step_at", "Next step due"},
    {"location", "Location"}, {"time_zone", "Time zone"}, {"reminder_minutes", "Reminder"}, {"attendees", "Attendees"},
};

bool isTimeField(const char *field)
{
    return qstrcmp(field, "ends_at") == 0 || qstrcmp(field, "next_step_at") == 0;
}

// A trailer value as a person reads it in Tryton's note: times in the header's form, a reminder
// as "15 min before", attendees as "王经理 <wang@hengda.example>; Li Lei <li@example.com>".
QString trailerText(const char *field, const QVariant &v)
{
    if (isTimeField(field))
        return headerTime(v);
    if (qstrcmp(field, "reminder_minutes") == 0)
        return QStringLiteral("%1 min before").arg(v.toInt());
    if (qstrcmp(field, "attendees") == 0) {
        QStringList people;
        for (const QJsonValue &a : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
            const QString name = a[QLatin1String("name")].toString().remove(QLatin1Char(';')).remove(QLatin1Char('<')).trimmed();
            const QString email = a[QLatin1String("email")].toString().trimmed();
            people << (email.isEmpty() ? name : name.isEmpty() ? QStringLiteral("<%1>").arg(email) : QStringLiteral("%1 <%2>").arg(name, email));
        }
        return people.join(QStringLiteral("; "));
    }
    QString text = v.toString().trimmed();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QVariant trailerValue(const char *field, const QString &text)
{
    if (isTimeField(field))
        return isoOf(text);
    if (qstrcmp(field, "reminder_minutes") == 0) {
        bool ok = false;
        const int minutes = text.section(QLatin1Char(' '), 0, 0).toInt(&ok);
        return ok ? QVariant(minutes) : QVariant();
    }
    if (qstrcmp(field, "attendees") == 0) {
        QJsonArray people;
        static const QRegularExpression person(QStringLiteral("^(.*?)\\s*(?:<([^<>]*)>)?$"));
        for (const QString &p : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = person.match(p.trimmed());
            QJsonObject a;
            if (!m.captured(1).trimmed().isEmpty())
                a.insert(QStringLiteral("name"), m.captured(1).trimmed());
            if (!m.captured(2).trimmed().isEmpty())
                a.insert(QStringLiteral("email"), m.captured(2).trimmed());
            if (!a.isEmpty())
                people.append(a);
        }
        return people.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(people).toJson(QJsonDocument::Compact)));
    }
    return textOrNullVariant(text);
}

} // namespace

const QStringList &categoryDimensions()
{
    static const QStringList list = [] {
        QStringList l;
        for (const Dimension &d : kDimensions)
            l << QString::fromLatin1(d.name);
        return l;
    }();
    return list;
}

QString rootName(const QString &dimension)
{
    for (const Dimension &d : kDimensions)
        if (dimension == QLatin1String(d.name))
            return QString::fromLatin1(d.root);
    return QString();
}

QString rootNameZh(const QString &dimension)
{
    for (const Dimension &d : kDimensions)
        if (dimension == QLatin1String(d.name))
            return QString::fromUtf8(d.rootZh);
    return QString();
}

QJsonObject categoryContext(const QString &language)
{
    return QJsonObject{{QStringLiteral("language"), language}};
}

void CategoryBook::load(const QJsonArray &english, const QJsonArray &chinese)
{
    byId.clear();
    roots.clear();
    byName.clear();
    QHash<int, QString> zh;
    for (const QJsonValue &v : chinese)
        zh.insert(v.toObject().value(QLatin1String("id")).toInt(), str(v.toObject(), "name"));
    for (const QJsonValue &v : english) {
        const QJsonObject o = v.toObject();
        Category c;
        c.id = o.value(QLatin1String("id")).toInt();
        c.parent = o.value(QLatin1String("parent")).toInt();
        c.name = str(o, "name").trimmed();
        c.nameZh = zh.value(c.id).trimmed();
        c.modified = modifiedOf(o);
        byId.insert(c.id, c);
        if (c.parent)
            continue;
        for (const Dimension &d : kDimensions) {
            const QString dim = QString::fromLatin1(d.name);
            if (roots.contains(dim))
                continue;
            if (c.name.compare(QLatin1String(d.root), Qt::CaseInsensitive) == 0 || c.nameZh == QString::fromUtf8(d.rootZh)
                || c.name == QString::fromUtf8(d.rootZh))
                roots.insert(dim, c.id);
        }
    }
    // A category belongs to the dimension of the root above it; of two with the same name in
    // one dimension, the lower id is the one used.
    QList<int> ids = byId.keys();
    std::sort(ids.begin(), ids.end());
    for (int id : std::as_const(ids)) {
        Category &c = byId[id];
        int up = c.parent;
        for (int depth = 0; up && depth < 16; ++depth) {
            const QString dim = roots.key(up);
            if (!dim.isEmpty()) {
                c.dimension = dim;
                break;
            }
            up = byId.value(up).parent;
        }
        if (!c.dimension.isEmpty() && !byName[c.dimension].contains(c.name.toLower()))
            byName[c.dimension].insert(c.name.toLower(), c.id);
    }
}

void customerFileFields(const QJsonObject &party, const CategoryBook &book, QVariantMap &f)
{
    QHash<QString, Category> chosen; // per dimension, the lowest id
    for (const QJsonValue &v : party.value(QLatin1String("categories")).toArray()) {
        const Category c = book.byId.value(v.toInt());
        if (c.dimension.isEmpty())
            continue;
        if (!chosen.contains(c.dimension) || c.id < chosen.value(c.dimension).id)
            chosen.insert(c.dimension, c);
    }
    for (const QString &dim : categoryDimensions()) {
        QString value = chosen.value(dim).name;
        if (dim == QLatin1String("grade")) {
            // The cache knows grades A to D; another name in the ERP's grade tree is left out.
            value = value.toUpper();
            if (value.size() != 1 || value < QLatin1String("A") || value > QLatin1String("D"))
                value.clear();
        }
        f.insert(dim, value.isEmpty() ? QVariant() : QVariant(value));
    }
    const QJsonValue limit = party.value(QLatin1String("credit_limit_amount"));
    f.insert(QStringLiteral("credit_limit_cents"), limit.isNull() || limit.isUndefined() ? QVariant() : QVariant(tryton::centsOf(limit)));
}

void customerFileValues(const QVariantMap &f, const CategoryBook &book, QJsonObject &values)
{
    QJsonArray remove;
    QJsonArray add;
    for (const QString &dim : categoryDimensions()) {
        if (!f.contains(dim))
            continue;
        const QString value = f.value(dim).toString().trimmed();
        const int chosen = value.isEmpty() ? 0 : book.find(dim, value);
        for (const Category &c : book.byId)
            if (c.dimension == dim && c.id != chosen)
                remove.append(c.id);
        if (chosen)
            add.append(chosen);
    }
    QJsonArray actions;
    if (!remove.isEmpty())
        actions.append(QJsonArray{QStringLiteral("remove"), remove});
    if (!add.isEmpty())
        actions.append(QJsonArray{QStringLiteral("add"), add});
    if (!actions.isEmpty())
        values.insert(QStringLiteral("categories"), actions);
    if (f.contains(QStringLiteral("credit_limit_cents"))) {
        const QVariant cents = f.value(QStringLiteral("credit_limit_cents"));
        values.insert(QStringLiteral("credit_limit_amount"),
                      cents.isNull() || cents.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(tryton::decimalValue(cents.toLongLong())));
    }
}

void ensureCategories(Op &op, const QVariantMap &f, std::function<void()> next)
{
    CategoryBook &book = op.lookups().categories;
    // The first missing piece: a root, else a category under its root; one call each, then again.
    for (const QString &dim : categoryDimensions()) {
        const QString value = f.value(dim).toString().trimmed();
        if (value.isEmpty() || book.find(dim, value))
            continue;
        const bool rootMissing = !book.roots.contains(dim);
        QJsonObject values{{QStringLiteral("name"), rootMissing ? rootName(dim) : value}};
        if (!rootMissing)
            values.insert(QStringLiteral("parent"), book.roots.value(dim));
        op.rpc(QStringLiteral("model.party.category.create"), QJsonArray{QJsonValue(QJsonArray{QJsonValue(values)})}, true,
               [&op, &book, dim, value, rootMissing, f, next](const QJsonValue &ids) {
                   const int id = ids.toArray().at(0).toInt();
                   if (id <= 0) {
                       op.fail(RemoteErrorClass::Uncertain, Texts::tr("The ERP's reply to the create could not be read."));
                       return;
                   }
                   Category c;
                   c.id = id;
                   c.dimension = rootMissing ? QString() : dim;
                   c.name = rootMissing ? rootName(dim) : value;
                   c.parent = rootMissing ? 0 : book.roots.value(dim);
                   book.byId.insert(id, c);
                   if (rootMissing) {
                       book.roots.insert(dim, id);
                       // The root's Chinese name, where the ERP keeps Chinese translations.
                       op.rpc(QStringLiteral("model.party.category.write"),
                              QJsonArray{QJsonArray{QJsonValue(id)}, QJsonObject{{QStringLiteral("name"), rootNameZh(dim)}}}, true,
                              [&op, f, next](const QJsonValue &) { ensureCategories(op, f, next); },
                              categoryContext(QStringLiteral("zh_CN")));
                       return;
                   }
                   book.byName[dim].insert(value.toLower(), id);
                   ensureCategories(op, f, next);
               },
               categoryContext(QStringLiteral("en")));
        return;
    }
    next();
}

QList<RemoteRecord> categoryRecords(const CategoryBook &book)
{
    QList<RemoteRecord> out;
    for (const Category &c : book.byId) {
        if (c.dimension.isEmpty())
            continue;
        RemoteRecord r;
        r.remoteId = QString::number(c.id);
        r.modifiedAt = c.modified;
        r.version = c.modified + QLatin1Char('/') + c.name + QLatin1Char('/') + c.nameZh;
        r.fields = {{QStringLiteral("dimension"), c.dimension},
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("name_en"), c.name},
                    {QStringLiteral("name_zh"), c.nameZh.isEmpty() || c.nameZh == c.name ? QVariant() : QVariant(c.nameZh)}};
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const RemoteRecord &a, const RemoteRecord &b) { return a.remoteId.toInt() < b.remoteId.toInt(); });
    return out;
}

QString noteMessage(const QVariantMap &a)
{
    QString kind = kindWord(a.value(QStringLiteral("kind")).toString());
    const QString status = a.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("planned") || status == QLatin1String("cancelled"))
        kind += QStringLiteral(" (%1)").arg(status);
    QString subject = a.value(QStringLiteral("subject")).toString();
    subject.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString owner = a.value(QStringLiteral("owner")).toString();
    owner.replace(QStringLiteral("·"), QStringLiteral("-"));
    QString m = kind + kSep + headerTime(a.value(QStringLiteral("starts_at"))) + kSep + owner.trimmed() + kSep + subject.trimmed();
    const QString body = a.value(QStringLiteral("body")).toString().trimmed();
    if (!body.isEmpty())
        m += QLatin1Char('\n') + body;
    QStringList trailer;
    for (const auto &t : kTrailer) {
        const QVariant v = a.value(QString::fromLatin1(t[0]));
        if (v.isNull() || v.toString().trimmed().isEmpty())
            continue;
        trailer << QString::fromLatin1(t[1]) + QStringLiteral(": ") + trailerText(t[0], v);
    }
    if (!trailer.isEmpty())
        m += QStringLiteral("\n--\n") + trailer.join(QLatin1Char('\n'));
    return m;
}

QString partyResource(const QVariant &remotePartyId)
{
    return QStringLiteral("party.party,%1").arg(idOf(remotePartyId));
}

void activityFields(const QJsonObject &note, QVariantMap &f)
{
    const QString resource = str(note, "resource");
    f.insert(QStringLiteral("customer_id"),
             resource.startsWith(QLatin1String("party.party,")) ? QVariant(resource.mid(12)) : QVariant());
    const QString message = str(note, "message");
    const QString author = note.value(QLatin1String("create_uid.")).toObject().value(QLatin1String("login")).toString();
    const QString created = tryton::fromJson(note.value(QLatin1String("create_date"))).toString();
    const qsizetype eol = message.indexOf(QLatin1Char('\n'));
    const QString first = eol < 0 ? message : message.left(eol);
    QString rest = eol < 0 ? QString() : message.mid(eol + 1);

    static const QRegularExpression header(
        QStringLiteral("^([A-Za-z -]+?)(?: \\((planned|cancelled)\\))? · (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC) · ([^·]*) · (.*)$"));
    const QRegularExpressionMatch m = header.match(first);
    const QString kind = m.hasMatch() ? kindOf(m.captured(1)) : QString();
    const QVariant startsAt = m.hasMatch() ? isoOf(m.captured(3)) : QVariant();
    if (kind.isEmpty() || !startsAt.isValid()) {
        // A note typed in the ERP: its author's, at its creation time.
        f.insert(QStringLiteral("kind"), QStringLiteral("note"));
        f.insert(QStringLiteral("status"), QStringLiteral("done"));
        const QString subject = first.trimmed().isEmpty() ? Texts::tr("Note") : first.trimmed().left(200);
        f.insert(QStringLiteral("subject"), subject);
        f.insert(QStringLiteral("body"), textOrNullVariant(first.trimmed().size() > 200 ? message : rest));
        f.insert(QStringLiteral("starts_at"), created);
        f.insert(QStringLiteral("owner"), textOrNullVariant(author));
        return;
    }
    f.insert(QStringLiteral("kind"), kind);
    f.insert(QStringLiteral("status"), m.captured(2).isEmpty() ? QStringLiteral("done") : m.captured(2));
    f.insert(QStringLiteral("starts_at"), startsAt);
    f.insert(QStringLiteral("owner"), textOrNullVariant(m.captured(4).isEmpty() ? author : m.captured(4)));
    f.insert(QStringLiteral("subject"), m.captured(5).trimmed().isEmpty() ? kindWord(kind) : m.captured(5).trimmed());
    // The trailer, when every line of it is one of its keys.
    for (const auto &t : kTrailer)
        f.insert(QString::fromLatin1(t[0]), QVariant());
    const qsizetype cut = rest.startsWith(QLatin1String("--\n")) ? 0 : rest.lastIndexOf(QLatin1String("\n--\n"));
    if (cut >= 0) {
        const QString tail = rest.mid(cut == 0 ? 3 : cut + 4);
        QVariantMap found;
        bool all = !tail.isEmpty();
        for (const QString &line : tail.split(QLatin1Char('\n'))) {
            bool known = false;
            for (const auto &t : kTrailer) {
                const QString prefix = QString::fromLatin1(t[1]) + QStringLiteral(": ");
                if (line.startsWith(prefix)) {
                    const QString value = line.mid(prefix.size()).trimmed();
                    found.insert(QString::fromLatin1(t[0]), trailerValue(t[0], value));
                    known = true;
                    break;
                }
            }
            all = all && known;
        }
        if (all) {
            for (auto it = found.cbegin(); it != found.cend(); ++it)
                f.insert(it.key(), it.value());
            rest = cut == 0 ? QString() : rest.left(cut);
        }
    }
    f.insert(QStringLiteral("body"), textOrNullVariant(rest));
}

} // namespace sb::tryton
