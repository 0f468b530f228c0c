#include "train/StoreServer.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "util/Error.h"

namespace taxa {

namespace {

using namespace store;

// An IPv6 socket that takes IPv4 too, for "every interface"; else the one address given.
int boundSocket(const std::string& address, int port) {
    const bool v6 = address.empty() || address.find(':') != std::string::npos;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    const int yes = 1, no = 0;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_storage a{};
    socklen_t len = 0;
    if (v6) {
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &no, sizeof no);
        auto* a6 = reinterpret_cast<sockaddr_in6*>(&a);
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons(static_cast<uint16_t>(port));
        a6->sin6_addr = in6addr_any;
        if (!address.empty()) ::inet_pton(AF_INET6, address.c_str(), &a6->sin6_addr);
        len = sizeof *a6;
    } else {
        auto* a4 = reinterpret_cast<sockaddr_in*>(&a);
        a4->sin_family = AF_INET;
        a4->sin_port = htons(static_cast<uint16_t>(port));
        ::inet_pton(AF_INET, address.c_str(), &a4->sin_addr);
        len = sizeof *a4;
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), len) == 0 && ::listen(fd, 1024) == 0) return fd;
    const int err = errno;
    ::close(fd);
    errno = err;
    return -1;
}

// A machine without IPv6 still gets "every interface" over IPv4.
int listenOn(const std::string& address, int port) {
    int fd = boundSocket(address, port);
    if (fd < 0 && address.empty() && errno == EAFNOSUPPORT) fd = boundSocket("0.0.0.0", port);
    if (fd < 0)
        throw Error("cannot host the run's store on " +
                    (address.empty() ? std::string("port ") : address + ":") +
                    std::to_string(port) + " (MASTER_PORT): " + std::strerror(errno));
    return fd;
}

Message reply(uint8_t code, std::vector<std::string> items = {}) {
    return Message{code, std::move(items)};
}

bool hasItems(const Message& m, size_t n) {
    return m.items.size() == n;
}

// TCPStore's semantics: a missing key with an empty expected value is created.
Message compareSet(std::map<std::string, std::string>& values, const Message& r) {
    const auto it = values.find(r.items[0]);
    if (it == values.end()) {
        if (!r.items[1].empty()) return reply(kOk, {r.items[1]});
        values[r.items[0]] = r.items[2];
        return reply(kOk, {r.items[2]});
    }
    if (it->second == r.items[1]) it->second = r.items[2];
    return reply(kOk, {it->second});
}

Message add(std::map<std::string, std::string>& values, const Message& r) {
    std::string& v = values[r.items[0]];
    try {
        v = std::to_string((v.empty() ? 0 : std::stoll(v)) + std::stoll(r.items[1]));
    } catch (const std::exception&) {
        return reply(kBadRequest);
    }
    return reply(kOk, {v});
}

}  // namespace

StoreServer::StoreServer(const std::string& address, int port)
    : listenFd_(listenOn(address, port)) {
    if (::pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) {
        ::close(listenFd_);
        throw Error(std::string("cannot start the run's store: ") + std::strerror(errno));
    }
    thread_ = std::thread([this] { serve(); });
}

StoreServer::~StoreServer() {
    const char stop = 's';
    (void)!::write(wake_[1], &stop, 1);
    thread_.join();
    for (const Peer& p : peers_)
        ::close(p.fd);
    for (int fd : {listenFd_, wake_[0], wake_[1]})
        ::close(fd);
}

Message StoreServer::answer(const Message& r) {
    const auto has = [this](const std::string& key) { return values_.count(key) > 0; };
    switch (r.code) {
        case kHello:
            return reply(kOk, {kMagic});
        case kSet:
            if (!hasItems(r, 2)) break;
            values_[r.items[0]] = r.items[1];
            return reply(kOk);
        case kGet:
            if (!hasItems(r, 1)) break;
            return has(r.items[0]) ? reply(kOk, {values_[r.items[0]]}) : reply(kNotFound);
        case kAdd:
            if (!hasItems(r, 2)) break;
            return add(values_, r);
        case kCompareSet:
            if (!hasItems(r, 3)) break;
            return compareSet(values_, r);
        case kDelete:
            if (!hasItems(r, 1)) break;
            return reply(kOk, {values_.erase(r.items[0]) ? "1" : "0"});
        case kCheck:
            for (const auto& key : r.items)
                if (!has(key)) return reply(kOk, {"0"});
            return reply(kOk, {"1"});
        case kNumKeys:
            return reply(kOk, {std::to_string(values_.size())});
        default:
            break;
    }
    return reply(kBadRequest);
}

void StoreServer::serve() {
    for (;;) {
        std::vector<pollfd> fds{{wake_[0], POLLIN, 0}, {listenFd_, POLLIN, 0}};
        for (const Peer& p : peers_)
            fds.push_back({p.fd, POLLIN, 0});
        if (::poll(fds.data(), fds.size(), -1) < 0) continue;  // EINTR
        if (fds[0].revents) return;
        if (fds[1].revents) acceptPeer();
        // Walk backwards: dropping a peer moves only those already handled.
        for (size_t i = fds.size(); i-- > 2;) {
            if (!fds[i].revents) continue;
            if (readPeer(peers_[i - 2])) continue;
            ::close(peers_[i - 2].fd);
            peers_.erase(peers_.begin() + static_cast<std::ptrdiff_t>(i - 2));
        }
    }
}

void StoreServer::acceptPeer() {
    const int fd = ::accept4(listenFd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0) peers_.push_back(Peer{fd, {}});
}

bool StoreServer::readPeer(Peer& peer) {
    char chunk[65536];
    const ssize_t n = ::recv(peer.fd, chunk, sizeof chunk, 0);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) return false;
    if (n > 0) peer.in.append(chunk, size_t(n));
    Message request;
    try {
        while (decode(peer.in, request)) {
            // A reader that does not read its answers for seconds is not one of our ranks.
            const auto deadline = Clock::now() + std::chrono::seconds(5);
            if (sendAll(peer.fd, encode(answer(request)), deadline) != Io::Done) return false;
        }
    } catch (const Error&) {  // not our protocol
        return false;
    }
    return true;
}

}  // namespace taxa
