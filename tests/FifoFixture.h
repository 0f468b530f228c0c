#pragma once
// A FIFO where a file is expected: opening it for reading blocks until a writer comes, so a
// reader that does not refuse it hangs. finishesWithin() runs a call on a thread and, if it is
// still running after the limit, plays the writer so that the call can return and the test can
// fail instead of hanging.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <future>
#include <string>

namespace fixtures {

inline bool makeFifo(const std::string& path) {
    return ::mkfifo(path.c_str(), 0600) == 0;
}

/// True if @p call returned (or threw) within @p seconds while nobody wrote into @p fifo.
inline bool finishesWithin(double seconds, const std::string& fifo, std::function<void()> call) {
    auto done = std::async(std::launch::async, [call] {
        try {
            call();
        } catch (...) {
        }
    });
    const auto limit = std::chrono::duration<double>(seconds);
    if (done.wait_for(limit) == std::future_status::ready) return true;
    // Unblock a reader stuck in open() or read(): a writer that opens and closes the FIFO.
    for (int i = 0;
         i < 100 && done.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready;
         ++i) {
        const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0) ::close(fd);
    }
    return false;
}

}  // namespace fixtures
