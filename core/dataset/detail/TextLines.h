#pragma once
// Internal to the text-list readers (CUB, NABirds): a memory-mapped file read line by line,
// with one-line errors naming the file and line.

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "util/MappedFile.h"

namespace taxa::detail {

/// A text file mapped read-only; the views it hands out stay valid while it lives.
class TextLines {
  public:
    /// Maps @p path; @p label names the file in messages.
    TextLines(const std::string& path, std::string label);

    /// Calls fn(line, lineNumber) for every non-blank line, without its end-of-line bytes.
    template <class Fn>
    void forEach(Fn&& fn) const {
        const char* p = file_->data();
        const char* end = p + file_->size();
        // A UTF-8 byte-order mark (editors on Windows write one) is not part of the first key.
        if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;
        int64_t number = 0;
        while (p < end) {
            const char* eol = static_cast<const char*>(memchr(p, '\n', size_t(end - p)));
            if (!eol) eol = end;
            ++number;
            std::string_view line(p, size_t(eol - p));
            while (!line.empty() &&
                   (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
                line.remove_suffix(1);
            if (!line.empty()) fn(line, number);
            p = eol + 1;
        }
    }

    const std::string& label() const { return label_; }
    /// Number of bytes, for reserving.
    size_t size() const { return file_->size(); }

    /// Throws taxa::Error "label: line N: what".
    [[noreturn]] void fail(int64_t line, const std::string& what) const;

  private:
    std::unique_ptr<MappedFile> file_;
    std::string label_;
};

/// Splits off the first space- or tab-separated word; the rest has its leading blanks removed.
std::pair<std::string_view, std::string_view> firstWord(std::string_view line);

/// A non-negative integer, or false.
bool parseId(std::string_view s, int64_t& out);

/// A finite decimal number, or false.
bool parseNumber(std::string_view s, double& out);

}  // namespace taxa::detail
