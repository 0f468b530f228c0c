#include "dataset/detail/StringStage.h"

namespace taxa::detail {

namespace {
constexpr size_t kBatch = 8192;
}

StringStage::StringStage(ImageSink& sink, const char* stableBegin, const char* stableEnd,
                         size_t expected)
    : sink_(sink), begin_(stableBegin), end_(stableEnd) {
    batch_.reserve(kBatch);
    results_.reserve(expected);
    thread_ = std::thread([this] { run(); });
}

StringStage::~StringStage() {
    if (thread_.joinable()) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            closed_ = true;
        }
        ready_.notify_one();
        thread_.join();
    }
}

std::string_view StringStage::stable(std::string_view s) {
    if (s.empty() || (s.data() >= begin_ && s.data() + s.size() <= end_)) return s;
    return owned_.emplace_back(s);
}

void StringStage::add(std::string_view name, std::string_view holder) {
    batch_.push_back({stable(name), stable(holder)});
    if (batch_.size() == kBatch) flush();
}

void StringStage::flush() {
    if (batch_.empty()) return;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        queue_.push_back(std::move(batch_));
    }
    ready_.notify_one();
    batch_ = {};
    batch_.reserve(kBatch);
}

void StringStage::run() {
    try {
        Dataset& ds = sink_.dataset();
        for (;;) {
            std::vector<Item> items;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
                if (queue_.empty()) return;
                items = std::move(queue_.front());
                queue_.pop_front();
            }
            const char* done = nullptr;
            for (const Item& it : items) {
                ImageRecord r;
                ds.setFileName(r, it.name);
                results_.push_back({r.nameOffset, r.nameLength,
                                    it.holder.empty() ? -1 : sink_.photographer(it.holder)});
                if (it.name.data() >= begin_ && it.name.data() < end_) done = it.name.data();
            }
            if (done) done_.store(done, std::memory_order_release);
        }
    } catch (...) {
        error_ = std::current_exception();
    }
}

void StringStage::finish(std::vector<ImageRecord>& images, size_t first) {
    flush();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        closed_ = true;
    }
    ready_.notify_one();
    thread_.join();
    if (error_) std::rethrow_exception(error_);
    for (size_t i = 0; i < results_.size() && first + i < images.size(); ++i) {
        ImageRecord& im = images[first + i];
        im.nameOffset = results_[i].offset;
        im.nameLength = results_[i].length;
        im.photographer = results_[i].photographer;
    }
}

}  // namespace taxa::detail
