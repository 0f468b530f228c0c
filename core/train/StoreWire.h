#pragma once
/// @file StoreWire.h
/// @brief The messages of a run's key-value store (rank 0 hosts it, every rank asks it during
/// the rendezvous and for the run's agreements) and socket reads and writes that end at a
/// deadline, so that a silent peer costs at most the run's timeout. Plain POSIX, no LibTorch.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace taxa::store {

using Clock = std::chrono::steady_clock;

/// @brief What a request asks, or how a reply answers.
enum Code : uint8_t {
    kHello = 1,   ///< items: the magic; the reply repeats it (tells our store from others)
    kSet,         ///< key, value
    kGet,         ///< key; kNotFound while it has no value
    kAdd,         ///< key, decimal delta; the reply holds the new value
    kCompareSet,  ///< key, expected, desired; the reply holds the value afterwards
    kDelete,      ///< key; the reply holds "1" when it existed
    kCheck,       ///< keys...; the reply holds "1" when all exist
    kNumKeys,     ///< the reply holds the count
    kOk = 100,
    kNotFound,
    kBadRequest,
};

constexpr const char* kMagic = "taxa-store/1";
constexpr uint32_t kMaxItems = 4096;               ///< Per message: far above any real request
constexpr uint32_t kMaxBytes = 64u * 1024 * 1024;  ///< Per message, before it is buffered whole

struct Message {
    uint8_t code = 0;
    std::vector<std::string> items;
};

/// @brief The code, the item count (32 bits, big-endian), then each item's length and bytes.
std::string encode(const Message& m);

/// @brief Takes one message off the front of @p buffer into @p out: true when one was whole.
/// Throws taxa::Error for a message over the limits (a peer that does not speak this protocol).
bool decode(std::string& buffer, Message& out);

enum class Io { Done, TimedOut, Closed };

/// @brief Writes @p bytes to the non-blocking socket @p fd by @p deadline.
Io sendAll(int fd, const std::string& bytes, Clock::time_point deadline);

/// @brief Reads from the non-blocking socket @p fd into @p buffer until a message is whole or
/// @p deadline passes.
Io receive(int fd, std::string& buffer, Message& out, Clock::time_point deadline);

/// @brief Seconds, for messages ("8 s").
std::string secondsText(Clock::duration d);

}  // namespace taxa::store
