#include "train/DistEnv.h"

#include <cerrno>
#include <cstdlib>

#include "util/Error.h"

namespace taxa {

namespace {

using Getter = std::function<const char*(const char*)>;

bool has(const Getter& get, const char* name) {
    const char* v = get(name);
    return v && *v;
}

int number(const Getter& get, const char* name, int lo, int hi) {
    const char* v = get(name);
    errno = 0;
    char* end = nullptr;
    const long x = std::strtol(v, &end, 10);
    if (errno || end == v || *end || x < lo || x > hi)
        throw Error(std::string(name) + "='" + v + "' is not a number in " + std::to_string(lo) +
                    ".." + std::to_string(hi));
    return static_cast<int>(x);
}

void fromTorchrun(const Getter& get, DistEnv& e) {
    e.worldSize = number(get, "WORLD_SIZE", 1, 1 << 20);
    e.rank = number(get, "RANK", 0, e.worldSize - 1);
    e.localRank = has(get, "LOCAL_RANK") ? number(get, "LOCAL_RANK", 0, e.worldSize - 1) : 0;
    e.localWorldSize = has(get, "LOCAL_WORLD_SIZE")
                           ? number(get, "LOCAL_WORLD_SIZE", 1, e.worldSize)
                           : e.worldSize;
    e.launcher = has(get, "TORCHELASTIC_RUN_ID") ? "torchrun" : "taxa-cli";
    const char* agent = get("TORCHELASTIC_USE_AGENT_STORE");
    e.agentStore = agent && std::string(agent) == "True";
    if (has(get, "TORCHELASTIC_RESTART_COUNT"))
        e.restartCount = number(get, "TORCHELASTIC_RESTART_COUNT", 0, 1 << 20);
}

// srun starts the tasks of a job step; a batch script alone (no step) is one process even in
// a job of several tasks.
bool inSlurmStep(const Getter& get) {
    return has(get, "SLURM_PROCID") && has(get, "SLURM_NTASKS") &&
           (has(get, "SLURM_STEP_ID") || has(get, "SLURM_STEPID"));
}

void fromSlurm(const Getter& get, DistEnv& e) {
    e.worldSize = number(get, "SLURM_NTASKS", 1, 1 << 20);
    e.rank = number(get, "SLURM_PROCID", 0, e.worldSize - 1);
    e.localRank = has(get, "SLURM_LOCALID") ? number(get, "SLURM_LOCALID", 0, e.worldSize - 1) : 0;
    e.localWorldSize = e.worldSize;
    if (has(get, "SLURM_NTASKS_PER_NODE"))
        e.localWorldSize = number(get, "SLURM_NTASKS_PER_NODE", 1, e.worldSize);
    e.launcher = "slurm";
    if (e.worldSize == 1) return;  // one task needs no master, so no node list
    const char* nodes = has(get, "SLURM_STEP_NODELIST")  ? get("SLURM_STEP_NODELIST")
                        : has(get, "SLURM_JOB_NODELIST") ? get("SLURM_JOB_NODELIST")
                                                         : get("SLURM_NODELIST");
    if (!has(get, "MASTER_ADDR")) e.masterAddr = firstSlurmHost(nodes ? nodes : "");
    // Jobs sharing a node need different ports: derive one from the job id.
    if (!has(get, "MASTER_PORT") && has(get, "SLURM_JOB_ID"))
        e.masterPort = 20000 + number(get, "SLURM_JOB_ID", 0, 2147483647) % 20000;
}

}  // namespace

std::string firstSlurmHost(const std::string& nodeList) {
    std::string first;
    int depth = 0;
    for (char c : nodeList) {  // up to the first comma outside brackets
        if (c == '[') ++depth;
        if (c == ']') --depth;
        if (c == ',' && depth == 0) break;
        first += c;
    }
    if (first.empty()) throw Error("SLURM_JOB_NODELIST is empty: set MASTER_ADDR");
    const auto open = first.find('[');
    if (open == std::string::npos) return first;
    const auto close = first.find(']', open);
    if (close == std::string::npos)
        throw Error("SLURM_JOB_NODELIST '" + nodeList + "' is malformed");
    const std::string ranges = first.substr(open + 1, close - open - 1);
    const auto stop = ranges.find_first_of("-,");
    return first.substr(0, open) + ranges.substr(0, stop) + first.substr(close + 1);
}

DistEnv distEnvFromEnvironment(const Getter& getter) {
    const Getter get =
        getter ? getter : [](const char* n) -> const char* { return std::getenv(n); };
    DistEnv e;
    if (has(get, "WORLD_SIZE") && has(get, "RANK"))
        fromTorchrun(get, e);
    else if (inSlurmStep(get))
        fromSlurm(get, e);
    if (!e.distributed()) return DistEnv{};
    if (has(get, "MASTER_ADDR")) e.masterAddr = get("MASTER_ADDR");
    if (has(get, "MASTER_PORT")) e.masterPort = number(get, "MASTER_PORT", 1, 65535);
    // LibTorch does not read these itself; PyTorch's Python layer does, so we do too.
    for (const char* name : {"GLOO_SOCKET_IFNAME", "NCCL_SOCKET_IFNAME"})
        if (has(get, name) && e.interface.empty()) {
            e.interface = get(name);
            e.interface = e.interface.substr(0, e.interface.find(','));
        }
    if (has(get, "TAXA_DIST_TIMEOUT"))
        e.timeoutSeconds = number(get, "TAXA_DIST_TIMEOUT", 1, 86400);
    return e;
}

}  // namespace taxa
