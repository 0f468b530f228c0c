#include "workers/ThumbnailQueue.h"

bool ThumbnailQueue::push(const QString& key) {
    if (inFlight_.contains(key)) return false;
    const quint64 stamp = ++nextStamp_;
    pending_.insert(key, stamp);
    stack_.push_back({key, stamp});
    if (stack_.size() > 2 * static_cast<size_t>(pending_.size()) + 64) compact();
    return true;
}

std::optional<QString> ThumbnailQueue::takeNext() {
    while (!stack_.empty()) {
        Entry e = std::move(stack_.back());
        stack_.pop_back();
        const auto it = pending_.constFind(e.key);
        if (it == pending_.constEnd() || it.value() != e.stamp) continue;  // stale
        pending_.erase(it);
        inFlight_.insert(e.key);
        return std::move(e.key);
    }
    return std::nullopt;
}

void ThumbnailQueue::finish(const QString& key) {
    inFlight_.remove(key);
}

void ThumbnailQueue::retainOnly(const QSet<QString>& keys) {
    for (auto it = pending_.begin(); it != pending_.end();)
        it = keys.contains(it.key()) ? std::next(it) : pending_.erase(it);
    compact();
}

void ThumbnailQueue::clear() {
    pending_.clear();
    stack_.clear();
}

void ThumbnailQueue::compact() {
    std::vector<Entry> live;
    live.reserve(pending_.size());
    for (auto& e : stack_) {
        const auto it = pending_.constFind(e.key);
        if (it != pending_.constEnd() && it.value() == e.stamp) live.push_back(std::move(e));
    }
    stack_ = std::move(live);
}
