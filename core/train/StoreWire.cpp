#include "train/StoreWire.h"

#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "util/Error.h"

namespace taxa::store {

namespace {

void putU32(std::string& s, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        s.push_back(static_cast<char>((v >> shift) & 0xff));
}

uint32_t getU32(const std::string& s, size_t at) {
    uint32_t v = 0;
    for (size_t i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<uint8_t>(s[at + i]);
    return v;
}

// Waits until @p fd is ready for @p events; false once @p deadline has passed.
bool ready(int fd, short events, Clock::time_point deadline) {
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) return false;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 60000)));
        if (n > 0) return true;
        if (n < 0 && errno != EINTR)
            throw Error(std::string("cannot wait on the store's socket: ") + std::strerror(errno));
    }
}

bool lost(int err) {
    return err == EPIPE || err == ECONNRESET || err == ENOTCONN || err == ETIMEDOUT;
}

}  // namespace

std::string encode(const Message& m) {
    std::string s(1, static_cast<char>(m.code));
    putU32(s, static_cast<uint32_t>(m.items.size()));
    for (const auto& item : m.items) {
        putU32(s, static_cast<uint32_t>(item.size()));
        s += item;
    }
    return s;
}

bool decode(std::string& buffer, Message& out) {
    if (buffer.size() < 5) return false;
    const uint32_t count = getU32(buffer, 1);
    if (count > kMaxItems) throw Error("store message with " + std::to_string(count) + " items");
    size_t at = 5, total = 0;
    std::vector<std::pair<size_t, uint32_t>> spans;
    for (uint32_t i = 0; i < count; ++i) {
        if (buffer.size() < at + 4) return false;
        const uint32_t len = getU32(buffer, at);
        total += len;
        if (total > kMaxBytes)
            throw Error("store message over " + std::to_string(kMaxBytes) + " bytes");
        spans.emplace_back(at + 4, len);
        at += 4 + size_t(len);
    }
    if (buffer.size() < at) return false;
    out.code = static_cast<uint8_t>(buffer[0]);
    out.items.clear();
    for (const auto& [from, len] : spans)
        out.items.push_back(buffer.substr(from, len));
    buffer.erase(0, at);
    return true;
}

Io sendAll(int fd, const std::string& bytes, Clock::time_point deadline) {
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n > 0) {
            sent += size_t(n);
        } else if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
            if (!ready(fd, POLLOUT, deadline)) return Io::TimedOut;
        } else if (lost(errno)) {
            return Io::Closed;
        } else {
            throw Error(std::string("cannot write to the store's socket: ") + std::strerror(errno));
        }
    }
    return Io::Done;
}

Io receive(int fd, std::string& buffer, Message& out, Clock::time_point deadline) {
    char chunk[65536];
    while (!decode(buffer, out)) {
        if (!ready(fd, POLLIN, deadline)) return Io::TimedOut;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n > 0)
            buffer.append(chunk, size_t(n));
        else if (n == 0 || lost(errno))
            return Io::Closed;
        else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            throw Error(std::string("cannot read the store's socket: ") + std::strerror(errno));
    }
    return Io::Done;
}

std::string secondsText(Clock::duration d) {
    const double s = std::chrono::duration<double>(d).count();
    char text[32];
    std::snprintf(text, sizeof text, s < 10 ? "%.1f s" : "%.0f s", s);
    return text;
}

}  // namespace taxa::store
