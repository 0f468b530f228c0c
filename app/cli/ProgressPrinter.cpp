#include "ProgressPrinter.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace taxa::cli {

ProgressFn terminalProgress() {
    if (!::isatty(STDERR_FILENO)) return {};
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return [last](const Progress& p) {
        const auto now = std::chrono::steady_clock::now();
        const bool finished = p.total > 0 && p.done >= p.total;
        if (!finished && now - *last < std::chrono::milliseconds(100)) return true;
        *last = now;
        if (p.total > 0)
            std::fprintf(stderr, "\r\033[K%s %lld/%lld", p.stage.c_str(),
                         static_cast<long long>(p.done), static_cast<long long>(p.total));
        else
            std::fprintf(stderr, "\r\033[K%s", p.stage.c_str());
        if (finished) std::fputc('\n', stderr);
        std::fflush(stderr);
        return true;
    };
}

}  // namespace taxa::cli
