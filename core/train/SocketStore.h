#pragma once
/// @file SocketStore.h
/// @brief A c10d::Store that asks the run's StoreServer: what Gloo or NCCL use to meet, and
/// what the ranks use to agree. Every call ends within the store's timeout (--dist-timeout) with
/// one taxa::Error that names the host, the port and the seconds actually waited.

#include <torch/csrc/distributed/c10d/Store.hpp>

#include <mutex>
#include <string>

#include "train/StoreWire.h"

namespace taxa {

class SocketStore : public c10d::Store {
  public:
    /// @brief Connects to the store at @p host:@p port and checks that it answers as one, all
    /// within @p timeout (a rank 0 that is still starting is waited for). Throws taxa::Error:
    /// a host that cannot be resolved, nothing listening, a listener that does not answer.
    SocketStore(const std::string& host, int port, std::chrono::milliseconds timeout);
    ~SocketStore() override;

    void set(const std::string& key, const std::vector<uint8_t>& value) override;
    std::vector<uint8_t> compareSet(const std::string& key, const std::vector<uint8_t>& expected,
                                    const std::vector<uint8_t>& desired) override;
    std::vector<uint8_t> get(const std::string& key) override;
    int64_t add(const std::string& key, int64_t value) override;
    bool deleteKey(const std::string& key) override;
    bool check(const std::vector<std::string>& keys) override;
    int64_t getNumKeys() override;
    void wait(const std::vector<std::string>& keys) override;
    void wait(const std::vector<std::string>& keys,
              const std::chrono::milliseconds& timeout) override;
    /// @brief Another connection to the same store (a pure virtual of newer LibTorch's Store).
    c10::intrusive_ptr<c10d::Store> clone();

  private:
    store::Message ask(const store::Message& request, store::Clock::time_point deadline);
    store::Message ask(const store::Message& request);
    void connectBy(store::Clock::time_point deadline);
    void greetBy(store::Clock::time_point deadline);
    store::Clock::time_point deadlineAfter(std::chrono::milliseconds timeout) const;
    std::string where() const;

    std::string host_;
    int port_;
    int fd_ = -1;
    std::string buffer_;
    std::mutex mutex_;  // one request at a time on the connection
};

}  // namespace taxa
