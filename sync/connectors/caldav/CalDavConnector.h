#pragma once

#include "CalDavClient.h"
#include "ICalCodec.h"
#include "sync/engine/Connector.h"

#include <memory>

class QNetworkAccessManager;

namespace sb::caldav {

class AnswerState;

// The timeline's planned meetings and tasks in a CalDAV calendar (docs/caldav-connector.md):
// - an activity is one calendar object (VEVENT; a task a VTODO) at <collection>/sb-<key>.ics,
//   its remote id the href's path and its version the ETag;
// - create: PUT with If-None-Match: * at the key's href, so a create sent twice is made once
//   (a 412 means this key made it already: it is read and taken);
// - update: read-modify-write of the server's own object (GET, compare the ETag with the base
//   version, change only the properties the edit names, PUT with If-Match);
// - pull: REPORT sync-collection with the token of the last pull, calendar data inline, deleted
//   members as tombstones; a token the server no longer knows starts a full read; the answer
//   is read on a worker thread and handed to the engine in pages (AnswerReader.h);
// - what other clients put in the calendar comes in as meetings and tasks of the customer they
//   name, or of the customer whose contact takes part; the rest stays out of the cache.
class CalDavConnector : public Connector {
public:
    CalDavConnector(QNetworkAccessManager *nam, Settings settings);
    ~CalDavConnector() override;

    QString system() const override { return QStringLiteral("calendar"); }
    QStringList entities() const override { return servedEntities(); }
    static QStringList servedEntities() { return {QStringLiteral("activity")}; }
    // Deletions come as tombstones in a sync-collection delta, but a full read (the first, or
    // after the server forgot the token) has none for what the server no longer remembers: the
    // engine then reconciles from the ids it saw, and otherwise checks the ids only when the
    // daily check for deletions is due.
    bool reportsDeletions(const QString &) const override { return false; }
    bool deletionCheckOnSchedule(const QString &) const override { return true; }

    RemoteCall *pull(const QString &entity, const PullCursor &cursor, int pageSize) override;
    RemoteCall *create(const QString &entity, const QVariantMap &fields, const QString &idempotencyKey) override;
    RemoteCall *update(const QString &entity, const QString &remoteId, const QVariantMap &fields,
                       const QString &baseVersion, const QString &idempotencyKey) override;
    RemoteCall *remove(const QString &entity, const QString &remoteId, const QString &idempotencyKey) override;
    RemoteCall *lookupByKey(const QString &entity, const QString &idempotencyKey, const QVariantMap &fields) override;
    RemoteCall *listIds(const QString &entity) override;
    RemoteCall *testConnection() override;
    QVariant comparable(const QString &entity, const QString &field, const QVariant &value) const override;

    // A server's calendar object at href as a record (see ICalCodec::read); false with *why set
    // when it cannot be read.
    static bool recordFor(const QString &href, const QByteArray &etag, const QByteArray &ics, const Settings &s,
                          RemoteRecord *record, QString *why);

private:
    Op *op(Op::Body body);

    QNetworkAccessManager *m_nam;
    std::shared_ptr<const Settings> m_settings;
    // The last sync-collection answer, read on a worker and handed over in pages (AnswerReader.h).
    std::shared_ptr<std::shared_ptr<AnswerState>> m_answer;
};

} // namespace sb::caldav
