#pragma once
// Inside the Feishu connector: an approval instance as the cache's approval record, and a quote
// approval as the form of the approval definition.
#include "sync/engine/Connector.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sb::feishu {

// The widgets of the approval definition, by custom id: the OA administrator gives the
// definition's widgets these ids (docs/feishu-connector.md).
namespace widget {
inline const QString number = QStringLiteral("sb_number");
inline const QString customer = QStringLiteral("sb_customer");
inline const QString amount = QStringLiteral("sb_amount");
inline const QString discount = QStringLiteral("sb_discount");
inline const QString margin = QStringLiteral("sb_margin");
inline const QString lines = QStringLiteral("sb_lines");
inline const QString link = QStringLiteral("sb_link");
} // namespace widget

// The form (a JSON array, sent as a string) for an approval record in remote form.
QJsonArray formFor(const QVariantMap &fields);
// salesbridge://quote?quote=erp:12&customer=erp:34&currency=CNY: where the quote and its
// customer live, so that every workspace resolves them to its own rows.
QString linkFor(const QVariantMap &fields);

// What tells one state of an instance from the next (the record's version), read cheaply.
QString versionOf(const QJsonObject &instance);
// An instance (instance get's data) as the cache's approval. me: the user_id at this laptop.
RemoteRecord recordFor(const QJsonObject &instance, const QString &me);
// A sentence for a person on how the instance stands now: who decided what, and when.
QString describe(const QJsonObject &instance);
// The task of `me` on this instance in the given status ("PENDING"), or an empty object.
QJsonObject taskOf(const QJsonObject &instance, const QString &me, const QString &status);

} // namespace sb::feishu
