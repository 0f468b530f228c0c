#pragma once
/// @file StoreServer.h
/// @brief The run's key-value store, hosted by rank 0 on a thread of its own: the rendezvous of
/// the process group and the ranks' agreements go through it. In place of c10d's TCPStore,
/// whose server listens on every interface and whose client waits without bound for a listener
/// that accepts and never answers. Plain POSIX, no LibTorch.

#include <map>
#include <string>
#include <thread>
#include <vector>

#include "train/StoreWire.h"

namespace taxa {

class StoreServer {
  public:
    /// @brief Listens on @p port of @p address ("" = every interface, IPv4 and IPv6) and
    /// serves until destroyed. Throws taxa::Error naming the port if it cannot listen.
    StoreServer(const std::string& address, int port);
    ~StoreServer();
    StoreServer(const StoreServer&) = delete;
    StoreServer& operator=(const StoreServer&) = delete;

  private:
    store::Message answer(const store::Message& request);
    struct Peer {
        int fd;
        std::string in;
    };
    void serve();
    void acceptPeer();
    bool readPeer(Peer& peer);  // false: drop it

    int listenFd_ = -1;
    int wake_[2] = {-1, -1};
    std::vector<Peer> peers_;
    std::map<std::string, std::string> values_;
    std::thread thread_;
};

}  // namespace taxa
