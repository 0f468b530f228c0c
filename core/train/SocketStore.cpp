#include "train/SocketStore.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "util/Error.h"

namespace taxa {

namespace {

using namespace store;

std::unique_ptr<addrinfo, void (*)(addrinfo*)> resolve(const std::string& host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const int rc = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found);
    if (rc != 0)
        throw Error("cannot resolve the host '" + host + "' (MASTER_ADDR): " +
                    (rc == EAI_SYSTEM ? std::strerror(errno) : ::gai_strerror(rc)));
    return {found, ::freeaddrinfo};
}

// One non-blocking connect to @p a, waited for until @p deadline; the socket or -1.
int connectTo(const addrinfo& a, Clock::time_point deadline) {
    const int fd = ::socket(a.ai_family, a.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    if (::connect(fd, a.ai_addr, a.ai_addrlen) == 0) return fd;
    int err = errno;
    if (err == EINPROGRESS) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd p{fd, POLLOUT, 0};
        socklen_t len = sizeof err;
        if (left.count() > 0 && ::poll(&p, 1, static_cast<int>(left.count())) == 1 &&
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0)
            return fd;
    }
    ::close(fd);
    return -1;
}

std::vector<uint8_t> bytes(const std::string& s) {
    return {s.begin(), s.end()};
}

std::string text(const std::vector<uint8_t>& b) {
    return {b.begin(), b.end()};
}

// Asks again until the answer comes, backing off from 1 ms to 50 ms (the rendezvous is short;
// a long wait costs one request per 50 ms).
template <class Done>
bool retryUntil(Clock::time_point deadline, Done done) {
    auto pause = std::chrono::milliseconds(1);
    for (;;) {
        if (done()) return true;
        const auto now = Clock::now();
        if (now >= deadline) return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(pause, deadline - now));
        pause = std::min(pause * 2, std::chrono::milliseconds(50));
    }
}

}  // namespace

SocketStore::SocketStore(const std::string& host, int port, std::chrono::milliseconds timeout)
    : c10d::Store(timeout), host_(host), port_(port) {
    const auto deadline = deadlineAfter(timeout);
    connectBy(deadline);
    greetBy(deadline);
}

SocketStore::~SocketStore() {
    if (fd_ >= 0) ::close(fd_);
}

Clock::time_point SocketStore::deadlineAfter(std::chrono::milliseconds timeout) const {
    if (timeout == kNoTimeout) return Clock::now() + std::chrono::hours(24 * 365);
    return Clock::now() + timeout;
}

std::string SocketStore::where() const {
    return "the run's store at " + host_ + ":" + std::to_string(port_);
}

// Rank 0 may not listen yet: a refused connection is tried again until the deadline.
void SocketStore::connectBy(Clock::time_point deadline) {
    const auto start = Clock::now();
    const auto addresses = resolve(host_, port_);
    const bool found = retryUntil(deadline, [&] {
        for (const addrinfo* a = addresses.get(); a && fd_ < 0; a = a->ai_next)
            fd_ = connectTo(*a, deadline);
        return fd_ >= 0;
    });
    if (!found)
        throw Error("nothing answered at " + host_ + ":" + std::to_string(port_) + " within " +
                    secondsText(Clock::now() - start) +
                    " (is rank 0 running, and are MASTER_ADDR and MASTER_PORT right?)");
}

// A listener that accepts and stays silent, or answers something else, is not our store.
void SocketStore::greetBy(Clock::time_point deadline) {
    const auto start = Clock::now();
    const std::string at = host_ + ":" + std::to_string(port_);
    Message hello;
    try {
        hello = ask(Message{kHello, {kMagic}}, deadline);
    } catch (const Error&) {
        throw Error(at +
                    " accepted the connection but did not answer as a taxa-cli run's store "
                    "within " +
                    secondsText(Clock::now() - start) + " (another program on MASTER_PORT?)");
    }
    if (hello.code != kOk || hello.items.size() != 1 || hello.items[0] != kMagic)
        throw Error(at +
                    " answered, but not as a taxa-cli run's store (another program on "
                    "MASTER_PORT?)");
}

Message SocketStore::ask(const Message& request, Clock::time_point deadline) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto start = Clock::now();
    if (fd_ < 0) throw Error(where() + " is no longer connected");
    Message reply;
    Io io = sendAll(fd_, encode(request), deadline);
    if (io == Io::Done) io = receive(fd_, buffer_, reply, deadline);
    if (io == Io::Done) return reply;
    ::close(fd_);  // a half-read answer would be taken for the next one's
    fd_ = -1;
    if (io == Io::Closed) throw Error(where() + " closed the connection (rank 0 stopped?)");
    throw Error(where() + " did not answer within " + secondsText(Clock::now() - start));
}

Message SocketStore::ask(const Message& request) {
    Message reply = ask(request, deadlineAfter(timeout_));
    if (reply.code == kBadRequest) throw Error(where() + " refused a request");
    return reply;
}

void SocketStore::set(const std::string& key, const std::vector<uint8_t>& value) {
    ask(Message{kSet, {key, text(value)}});
}

std::vector<uint8_t> SocketStore::compareSet(const std::string& key,
                                             const std::vector<uint8_t>& expected,
                                             const std::vector<uint8_t>& desired) {
    return bytes(ask(Message{kCompareSet, {key, text(expected), text(desired)}}).items.at(0));
}

std::vector<uint8_t> SocketStore::get(const std::string& key) {
    wait({key});
    return bytes(ask(Message{kGet, {key}}).items.at(0));
}

int64_t SocketStore::add(const std::string& key, int64_t value) {
    return std::stoll(ask(Message{kAdd, {key, std::to_string(value)}}).items.at(0));
}

bool SocketStore::deleteKey(const std::string& key) {
    return ask(Message{kDelete, {key}}).items.at(0) == "1";
}

bool SocketStore::check(const std::vector<std::string>& keys) {
    return ask(Message{kCheck, keys}).items.at(0) == "1";
}

int64_t SocketStore::getNumKeys() {
    return std::stoll(ask(Message{kNumKeys, {}}).items.at(0));
}

void SocketStore::wait(const std::vector<std::string>& keys) {
    wait(keys, timeout_);
}

void SocketStore::wait(const std::vector<std::string>& keys,
                       const std::chrono::milliseconds& timeout) {
    const auto start = Clock::now();
    const auto deadline = deadlineAfter(timeout);
    if (retryUntil(deadline, [&] { return check(keys); })) return;
    throw Error("the other ranks did not reach '" + (keys.empty() ? "" : keys.front()) + "' in " +
                where() + " within " + secondsText(Clock::now() - start));
}

c10::intrusive_ptr<c10d::Store> SocketStore::clone() {
    return c10::make_intrusive<SocketStore>(host_, port_, timeout_);
}

}  // namespace taxa
