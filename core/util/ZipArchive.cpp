#include "util/ZipArchive.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "util/Error.h"

namespace taxa {

namespace {

constexpr uint32_t kEndOfCentralDir = 0x06054b50;
constexpr uint32_t kZip64EndLocator = 0x07064b50;
constexpr uint32_t kZip64End = 0x06064b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr size_t kEndSize = 22, kCentralSize = 46, kLocalSize = 30;

// Little-endian reads with bounds checked against the archive.
class Reader {
  public:
    Reader(const char* data, size_t size, const std::string& label)
        : d_(reinterpret_cast<const uint8_t*>(data)), n_(size), label_(label) {}
    void need(uint64_t at, uint64_t len) const {
        if (at > n_ || len > n_ - at)
            throw Error(label_ + ": not a readable zip archive (truncated or corrupt directory)");
    }
    uint64_t le(uint64_t at, int bytes) const {
        need(at, uint64_t(bytes));
        uint64_t v = 0;
        for (int i = bytes - 1; i >= 0; --i)
            v = (v << 8) | d_[at + uint64_t(i)];
        return v;
    }
    size_t size() const { return n_; }

  private:
    const uint8_t* d_;
    size_t n_;
    const std::string& label_;
};

// The zip64 extra field replaces the central header's 0xFFFFFFFF fields, in this order.
void applyZip64(const Reader& r, uint64_t extra, uint64_t extraLen, uint64_t& usize,
                uint64_t& csize, uint64_t& offset) {
    for (uint64_t p = extra; p + 4 <= extra + extraLen;) {
        const uint64_t id = r.le(p, 2), len = r.le(p + 2, 2);
        uint64_t q = p + 4;
        if (id == 1) {
            for (uint64_t* field : {&usize, &csize, &offset})
                if (*field == 0xFFFFFFFFu && q + 8 <= p + 4 + len) {
                    *field = r.le(q, 8);
                    q += 8;
                }
            return;
        }
        p += 4 + len;
    }
}

}  // namespace

ZipArchive::ZipArchive(const char* data, size_t size, std::string label)
    : data_(data), size_(size), label_(std::move(label)) {
    const Reader r(data_, size_, label_);
    if (size_ < kEndSize) throw Error(label_ + ": not a zip archive (too short)");
    // The end record sits in the last 22 bytes plus a comment of at most 65535.
    uint64_t end = size_ - kEndSize;
    const uint64_t lowest = size_ > kEndSize + 65535 ? size_ - kEndSize - 65535 : 0;
    while (r.le(end, 4) != kEndOfCentralDir) {
        if (end == lowest) throw Error(label_ + ": not a zip archive (no end record)");
        --end;
    }
    uint64_t count = r.le(end + 10, 2), offset = r.le(end + 16, 4);
    if (end >= 20 && r.le(end - 20, 4) == kZip64EndLocator) {
        const uint64_t z = r.le(end - 20 + 8, 8);
        if (r.le(z, 4) != kZip64End) throw Error(label_ + ": corrupt zip64 end record");
        count = r.le(z + 32, 8);
        offset = r.le(z + 48, 8);
    }
    readCentralDirectory(offset, count);
}

void ZipArchive::readCentralDirectory(uint64_t offset, uint64_t count) {
    const Reader r(data_, size_, label_);
    // Each central header takes at least 46 bytes: a count beyond that is a lie.
    if (count > size_ / kCentralSize) throw Error(label_ + ": corrupt zip directory");
    entries_.reserve(count);
    uint64_t p = offset;
    for (uint64_t i = 0; i < count; ++i) {
        if (r.le(p, 4) != kCentralHeader) throw Error(label_ + ": corrupt zip directory");
        const uint64_t method = r.le(p + 10, 2), nameLen = r.le(p + 28, 2),
                       extraLen = r.le(p + 30, 2), commentLen = r.le(p + 32, 2);
        uint64_t csize = r.le(p + 20, 4), usize = r.le(p + 24, 4), local = r.le(p + 42, 4);
        r.need(p + kCentralSize, nameLen + extraLen);
        ZipEntry e;
        e.name.assign(data_ + p + kCentralSize, nameLen);
        e.crc = static_cast<uint32_t>(r.le(p + 16, 4));
        applyZip64(r, p + kCentralSize + nameLen, extraLen, usize, csize, local);
        e.deflated = method == 8;
        if ((method != 0 && method != 8) || (method == 0 && csize != usize))
            throw Error(label_ + ": record '" + e.name + "' uses an unsupported zip method");
        if (r.le(local, 4) != kLocalHeader)
            throw Error(label_ + ": corrupt zip record '" + e.name + "'");
        e.dataOffset = local + kLocalSize + r.le(local + 26, 2) + r.le(local + 28, 2);
        e.size = csize;
        e.unpacked = usize;
        r.need(e.dataOffset, e.size);
        entries_.push_back(std::move(e));
        p += kCentralSize + nameLen + extraLen + commentLen;
    }
    // Views into entries_, which no longer grows; the first of equal names wins, as before.
    for (size_t i = 0; i < entries_.size(); ++i) {
        const std::string_view name = entries_[i].name;
        byName_.emplace(name, i);
        if (const auto slash = name.find('/'); slash != std::string_view::npos)
            byFolderSuffix_.emplace(name.substr(slash + 1), i);
    }
}

const ZipEntry* ZipArchive::find(std::string_view name) const {
    const auto it = byName_.find(name);
    return it == byName_.end() ? nullptr : &entries_[it->second];
}

const ZipEntry* ZipArchive::findInFolder(std::string_view suffix) const {
    const auto it = byFolderSuffix_.find(suffix);
    return it == byFolderSuffix_.end() ? nullptr : &entries_[it->second];
}

std::string_view ZipArchive::bytes(const ZipEntry& entry) const {
    if (entry.deflated)
        throw Error(label_ + ": record '" + entry.name + "' is compressed where data is expected");
    return std::string_view(data_ + entry.dataOffset, entry.size);
}

namespace {

// CRC-32 of a raw-deflate stream's output, inflated in chunks; false if it is not valid
// deflate data of exactly @p unpacked bytes.
bool inflatedCrc(const char* data, uint64_t size, uint64_t unpacked, uint32_t& crc) {
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return false;
    std::vector<Bytef> chunk(1 << 16);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    z.avail_in = static_cast<uInt>(std::min<uint64_t>(size, UINT32_MAX));
    uint64_t total = 0;
    crc = 0;
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = chunk.data();
        z.avail_out = static_cast<uInt>(chunk.size());
        rc = inflate(&z, Z_NO_FLUSH);
        const uint64_t got = chunk.size() - z.avail_out;
        total += got;
        if (total > unpacked) break;
        crc = static_cast<uint32_t>(crc32_z(crc, chunk.data(), got));
        if (rc == Z_OK && got == 0 && z.avail_in == 0) break;  // input ended early
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END && total == unpacked;
}

}  // namespace

void ZipArchive::verify() const {
    for (const ZipEntry& e : entries_) {
        uint32_t crc = 0;
        const bool readable =
            e.deflated ? inflatedCrc(data_ + e.dataOffset, e.size, e.unpacked, crc)
                       : (crc = static_cast<uint32_t>(crc32_z(
                              0, reinterpret_cast<const Bytef*>(data_ + e.dataOffset), e.size)),
                          true);
        if (!readable || crc != e.crc)
            throw Error(label_ + ": corrupt file: record '" + e.name +
                        "' does not match its checksum (CRC-32)");
    }
}

}  // namespace taxa
