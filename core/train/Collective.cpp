#include "train/Collective.h"

#include <torch/torch.h>
#include <torch/version.h>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#if TAXA_GLOO && defined(USE_C10D_GLOO)
#define TAXA_WITH_GLOO 1
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifdef USE_C10D_NCCL
#include <c10/cuda/CUDAFunctions.h>
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <chrono>
#include <map>

#include "train/SocketStore.h"
#include "train/StoreServer.h"
#include "util/Error.h"

namespace taxa {

namespace {

using Clock = std::chrono::steady_clock;

// PyTorch 2.0 split the process-group classes: Gloo and NCCL became Backends.
#if TORCH_VERSION_MAJOR >= 2
using GroupBase = c10d::Backend;
#else
using GroupBase = c10d::ProcessGroup;
#endif

bool isLoopback(const std::string& host) {
    return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

// Every rank is on this machine when the master is a loopback name: the store then listens on
// the loopback only, out of reach of other hosts.
std::string storeAddress(const DistEnv& env) {
    if (!isLoopback(env.masterAddr)) return "";
    return env.masterAddr == "::1" ? "::1" : "127.0.0.1";
}

// torchrun's agent hosts a TCPStore of its own: join it as a client.
c10::intrusive_ptr<c10d::Store> agentStore(const DistEnv& env) {
    c10d::TCPStoreOptions o;
    o.port = static_cast<std::uint16_t>(env.masterPort);
    o.timeout = std::chrono::seconds(env.timeoutSeconds);
    o.isServer = false;
    return c10::make_intrusive<c10d::TCPStore>(env.masterAddr, o);
}

c10::intrusive_ptr<c10d::Store> connectStore(const DistEnv& env,
                                             std::unique_ptr<StoreServer>& server) {
    c10::intrusive_ptr<c10d::Store> store;
    if (env.agentStore) {
        store = agentStore(env);
    } else {
        if (env.rank == 0)
            server = std::make_unique<StoreServer>(storeAddress(env), env.masterPort);
        store = c10::make_intrusive<SocketStore>(env.masterAddr, env.masterPort,
                                                 std::chrono::seconds(env.timeoutSeconds));
    }
    // As Python's env:// rendezvous does under torchrun (harmless otherwise), then our own.
    auto attempt = c10::make_intrusive<c10d::PrefixStore>(
        "/worker/attempt_" + std::to_string(env.restartCount), store);
    return c10::make_intrusive<c10d::PrefixStore>("taxa", attempt);
}

#ifdef TAXA_WITH_GLOO
std::shared_ptr<::gloo::transport::Device> glooDevice(const DistEnv& env) {
    if (!env.interface.empty())
        return c10d::ProcessGroupGloo::createDeviceForInterface(env.interface);
    if (isLoopback(env.masterAddr))
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}
#endif

c10::intrusive_ptr<GroupBase> makeGroup(const DistEnv& env, torch::Device device,
                                        const c10::intrusive_ptr<c10d::Store>& store,
                                        std::string& backend) {
    const std::chrono::milliseconds timeout = std::chrono::seconds(env.timeoutSeconds);
#ifdef USE_C10D_NCCL
    if (device.is_cuda()) {
        c10::cuda::set_device(static_cast<c10::DeviceIndex>(device.index()));
        auto o = c10d::ProcessGroupNCCL::Options::create();
        o->timeout = timeout;
        backend = "nccl";
        return c10::make_intrusive<c10d::ProcessGroupNCCL>(store, env.rank, env.worldSize, o);
    }
#endif
    if (device.is_cuda())
        throw Error(
            "this engine's LibTorch has no NCCL: train on several GPUs needs a CUDA "
            "LibTorch built with it");
#ifdef TAXA_WITH_GLOO
    auto o = c10d::ProcessGroupGloo::Options::create(timeout);
    o->devices.push_back(glooDevice(env));
    backend = "gloo";
    return c10::make_intrusive<c10d::ProcessGroupGloo>(store, env.rank, env.worldSize, o);
#else
    (void)store;
    throw Error(
        "this engine was built without Gloo (its LibTorch or gloo's headers lack it): "
        "data-parallel training on the CPU is not available");
#endif
}

}  // namespace

struct Collective::Impl {
    std::unique_ptr<StoreServer> server;  // rank 0's; declared first, so it goes last
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<GroupBase> group;
};

class Collective::Pending {
  public:
    explicit Pending(c10::intrusive_ptr<c10d::Work> w) : work(std::move(w)) {}
    c10::intrusive_ptr<c10d::Work> work;
};

Collective::Collective(const DistEnv& env, torch::Device device)
    : env_(env), impl_(std::make_unique<Impl>()) {
    const auto start = Clock::now();
    const std::string who = "rank " + std::to_string(env_.rank) + " could not join the run";
    try {
        impl_->store = connectStore(env_, impl_->server);
        impl_->group = makeGroup(env_, device, impl_->store, backend_);
    } catch (const std::exception& e) {
        const std::string why = e.what();
        throw Error(who + " (waited " + store::secondsText(Clock::now() - start) +
                    "): " + why.substr(0, why.find('\n')));
    }
}

Collective::~Collective() = default;

void Collective::fail(const std::exception& e) const {
    std::string why = e.what();
    why = why.substr(0, why.find('\n'));
    throw Error("rank " + std::to_string(env_.rank) + ": another process of the run stopped or " +
                "stopped answering (" + why.substr(0, 160) +
                "); training stops; resume from the last checkpoint");
}

std::shared_ptr<Collective::Pending> Collective::sumAsync(torch::Tensor& t) {
    try {
        std::vector<torch::Tensor> ts{t};
        c10d::AllreduceOptions o;
        o.reduceOp = c10d::ReduceOp::SUM;  // Gloo has no average: the caller divides
        return std::make_shared<Pending>(impl_->group->allreduce(ts, o));
    } catch (const std::exception& e) {
        fail(e);
    }
}

void Collective::wait(Pending& pending) {
    const auto t0 = Clock::now();
    try {
        pending.work->wait(std::chrono::seconds(env_.timeoutSeconds));
    } catch (const std::exception& e) {
        fail(e);
    }
    seconds_ += std::chrono::duration<double>(Clock::now() - t0).count();
}

void Collective::sum(torch::Tensor& t) {
    auto p = sumAsync(t);
    wait(*p);
}

void Collective::broadcast(const std::vector<torch::Tensor>& tensors) {
    // One flat buffer per type: hundreds of small broadcasts would each pay a round trip.
    std::map<torch::ScalarType, std::vector<torch::Tensor>> byType;
    for (const auto& t : tensors)
        byType[t.scalar_type()].push_back(t);
    torch::NoGradGuard noGrad;
    for (auto& entry : byType) {
        std::vector<torch::Tensor>& group = entry.second;
        std::vector<torch::Tensor> parts;
        for (const auto& t : group)
            parts.push_back(t.detach().reshape({-1}));
        std::vector<torch::Tensor> flat{torch::cat(parts)};
        const auto t0 = Clock::now();
        try {
            c10d::BroadcastOptions o;
            o.rootRank = 0;
            impl_->group->broadcast(flat, o)->wait(std::chrono::seconds(env_.timeoutSeconds));
        } catch (const std::exception& e) {
            fail(e);
        }
        seconds_ += std::chrono::duration<double>(Clock::now() - t0).count();
        int64_t at = 0;
        for (auto& t : group) {
            t.detach().copy_(flat[0].narrow(0, at, t.numel()).view_as(t));
            at += t.numel();
        }
    }
}

std::string Collective::fromRankZero(const std::string& key, const std::string& text) {
    try {
        if (env_.rank == 0) {
            impl_->store->set(key, std::vector<uint8_t>(text.begin(), text.end()));
            return text;
        }
        const auto bytes = impl_->store->get(key);  // waits for rank 0
        return std::string(bytes.begin(), bytes.end());
    } catch (const std::exception& e) {
        fail(e);
    }
}

std::vector<std::string> Collective::gatherText(const std::string& key, const std::string& text) {
    std::vector<std::string> out;
    try {
        const std::string mine = key + "/" + std::to_string(env_.rank);
        impl_->store->set(mine, std::vector<uint8_t>(text.begin(), text.end()));
        if (env_.rank != 0) return out;
        for (int r = 0; r < env_.worldSize; ++r) {
            const auto bytes = impl_->store->get(key + "/" + std::to_string(r));  // waits
            out.emplace_back(bytes.begin(), bytes.end());
        }
    } catch (const std::exception& e) {
        fail(e);
    }
    return out;
}

}  // namespace taxa
