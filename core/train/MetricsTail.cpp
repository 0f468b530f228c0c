#include "train/MetricsTail.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>
#include <string_view>

#include "train/MetricsRecord.h"
#include "util/RegularFile.h"

namespace taxa {

namespace {

// Everything from @p offset to the end, as it is now (the writer may be appending).
std::string readFrom(const RegularFile& file, int64_t offset) {
    std::string text;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::pread(file.fd(), buffer, sizeof buffer,
                                  static_cast<off_t>(offset) + static_cast<off_t>(text.size()));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // an error reads as the end: what came before is still whole lines
        text.append(buffer, static_cast<size_t>(n));
    }
    return text;
}

void addRecords(std::string_view text, MetricsTail& tail) {
    while (!text.empty()) {
        const size_t end = text.find('\n');
        if (const auto record = parseMetricsLine(text.substr(0, end))) {
            if (const auto* step = std::get_if<StepMetrics>(&*record))
                tail.steps.push_back(*step);
            else
                tail.epochs.push_back(std::get<EpochMetrics>(*record));
        }
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    }
}

}  // namespace

MetricsTail readMetricsTail(const RunFolder& run, int64_t offset) {
    MetricsTail tail;
    tail.offset = offset = std::max<int64_t>(offset, 0);
    std::string text;
    try {
        const RegularFile file(run.metrics());
        tail.offset = offset = std::min(offset, static_cast<int64_t>(file.size()));
        text = readFrom(file, offset);
    } catch (const FileError&) {
        return tail;  // none yet, or not a file the trainer wrote
    }
    const size_t whole = text.rfind('\n') + 1;  // 0 (npos + 1) when no line is whole yet
    tail.offset = offset + static_cast<int64_t>(whole);
    addRecords(std::string_view(text).substr(0, whole), tail);
    return tail;
}

}  // namespace taxa
