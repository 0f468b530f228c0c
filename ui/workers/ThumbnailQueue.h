#pragma once
/// @file ThumbnailQueue.h
/// @brief The bookkeeping of a thumbnail loader, without threads: what is waiting, what is
/// being decoded, and which requests have gone stale.

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>
#include <vector>

/// @brief Pending decode requests, newest first. Not thread-safe; the loader guards it.
///
/// Newest first because the latest requests come from what the view painted last, i.e. what is
/// on screen now; requests from rows scrolled past wait or are dropped by retainOnly().
class ThumbnailQueue {
  public:
    /// @brief Queues @p key, or moves it to the front if already queued. Returns false if it
    /// is being decoded right now (its result is on the way).
    bool push(const QString& key);
    /// @brief The newest pending key, now counted as in flight; nullopt when none is pending.
    std::optional<QString> takeNext();
    /// @brief Marks an in-flight key as done.
    void finish(const QString& key);
    /// @brief Drops every pending key not in @p keys (in-flight keys are left to finish).
    void retainOnly(const QSet<QString>& keys);
    /// @brief Drops every pending key.
    void clear();

    int pendingCount() const { return static_cast<int>(pending_.size()); }
    int inFlightCount() const { return static_cast<int>(inFlight_.size()); }
    bool isInFlight(const QString& key) const { return inFlight_.contains(key); }

  private:
    void compact();

    struct Entry {
        QString key;
        quint64 stamp;
    };
    std::vector<Entry> stack_;  ///< Back is newest; entries whose stamp is outdated are stale.
    QHash<QString, quint64> pending_;  ///< Key -> stamp of its live stack entry.
    QSet<QString> inFlight_;
    quint64 nextStamp_ = 0;
};
