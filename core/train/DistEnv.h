#pragma once
/// @file DistEnv.h
/// @brief Where a process stands in a data-parallel job, read from the variables its launcher
/// sets: torchrun (RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT,
/// TORCHELASTIC_USE_AGENT_STORE, TORCHELASTIC_RESTART_COUNT), Slurm's srun (SLURM_PROCID,
/// SLURM_NTASKS, SLURM_LOCALID, the first host of SLURM_JOB_NODELIST), or taxa-cli's own
/// `--nproc-per-node`. Plain data, no LibTorch.

#include <functional>
#include <string>

namespace taxa {

/// @brief One process's place in a data-parallel job (a single process by default).
struct DistEnv {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    int localWorldSize = 1;
    std::string masterAddr = "127.0.0.1";
    int masterPort = 29500;
    bool agentStore = false;   ///< torchrun's agent hosts the store: connect as a client.
    int restartCount = 0;      ///< torchrun's restart attempt (its store's key prefix).
    std::string launcher;      ///< "torchrun", "slurm", "taxa-cli", or "" for one process.
    std::string interface;     ///< Network interface (GLOO_/NCCL_SOCKET_IFNAME), "" = default.
    int timeoutSeconds = 300;  ///< Rendezvous and collectives: a silent peer stops the run.
    bool overlap = true;       ///< All-reduce gradient buckets while the backward runs.
    double bucketMb = 25;      ///< Gradient bucket size, as PyTorch DDP's bucket_cap_mb.
    bool distributed() const { return worldSize > 1; }
};

/// @brief Reads the launcher's variables through @p get (getenv by default). A single process
/// when none is set. Throws taxa::Error naming the variable for values that do not fit.
DistEnv distEnvFromEnvironment(const std::function<const char*(const char*)>& get = {});

/// @brief The first host of a Slurm node list: "node[01-04,07],gpu2" -> "node01",
/// "gpu[3-4]-ib" -> "gpu3-ib". Throws taxa::Error for an empty list.
std::string firstSlurmHost(const std::string& nodeList);

}  // namespace taxa
