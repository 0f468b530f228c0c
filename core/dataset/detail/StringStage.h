#pragma once
// Internal to the annotation reader: copies image file names into the dataset's name arena and
// interns photographers on a second thread while the first keeps parsing. Those two steps are
// a fifth of the load time of a large train file, and they need nothing but the strings.

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "dataset/AnnotationReader.h"

namespace taxa::detail {

class StringStage {
  public:
    /// Strings whose bytes lie in [stableBegin, stableEnd) (the mapped file) stay valid for the
    /// stage's life; others are copied first.
    StringStage(ImageSink& sink, const char* stableBegin, const char* stableEnd, size_t expected);
    ~StringStage();
    StringStage(const StringStage&) = delete;
    StringStage& operator=(const StringStage&) = delete;

    /// Queues the strings of the next image (empty holder: not credited).
    void add(std::string_view name, std::string_view holder);
    /// How far into the stable range the worker has read: pages before it are no longer needed
    /// for names (nullptr before the first batch is done).
    const char* doneUpTo() const { return done_.load(std::memory_order_acquire); }
    /// Waits for the worker and fills nameOffset, nameLength and photographer of
    /// images[first..]. Rethrows a worker failure.
    void finish(std::vector<ImageRecord>& images, size_t first);

  private:
    struct Item {
        std::string_view name, holder;
    };
    std::string_view stable(std::string_view s);
    void flush();
    void run();

    ImageSink& sink_;
    const char* begin_;
    const char* end_;
    std::deque<std::string> owned_;  // copies; a deque never moves its elements
    std::vector<Item> batch_;

    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::vector<Item>> queue_;
    bool closed_ = false;

    struct Result {
        uint32_t offset;
        uint16_t length;
        int32_t photographer;
    };
    // Written by the worker only, read after join.
    std::vector<Result> results_;
    std::exception_ptr error_;
    std::atomic<const char*> done_{nullptr};
    std::thread thread_;
};

}  // namespace taxa::detail
