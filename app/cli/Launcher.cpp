// `taxa-cli train --nproc-per-node N`: starts N ranks of this program on this machine, as
// torchrun does (RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT),
// forwards SIGINT and SIGTERM to them, and when one fails gives the others the collective
// timeout to notice and say so themselves before stopping them.

#include "Launcher.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

#include "util/Error.h"

namespace taxa::cli {

namespace {

volatile std::sig_atomic_t forwarded = 0;
extern "C" void onLauncherSignal(int sig) {
    forwarded = sig;
}

// A port free now on the loopback interface (the kernel's choice), for rank 0's store.
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw Error(std::string("cannot find a free port for the ranks: ") + std::strerror(errno));
    ::close(fd);
    return ntohs(a.sin_port);
}

// A rank outlives a launcher killed with SIGKILL unless the kernel tells it: SIGTERM then stops
// it as Ctrl-C would (rank 0 writes last.pt). The signal comes when the thread that forked
// ends, so the launcher forks from the thread that waits for the ranks; and a launcher that died
// before the request was made is noticed through the changed parent.
void endWithLauncher(pid_t launcher) {
    if (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || ::getppid() != launcher) ::_exit(1);
}

pid_t startRank(int rank, int world, int port, const std::vector<std::string>& args) {
    const pid_t launcher = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) throw Error(std::string("cannot start a rank: ") + std::strerror(errno));
    if (pid > 0) return pid;
    endWithLauncher(launcher);
    ::setenv("RANK", std::to_string(rank).c_str(), 1);
    ::setenv("LOCAL_RANK", std::to_string(rank).c_str(), 1);
    ::setenv("WORLD_SIZE", std::to_string(world).c_str(), 1);
    ::setenv("LOCAL_WORLD_SIZE", std::to_string(world).c_str(), 1);
    ::setenv("MASTER_ADDR", "127.0.0.1", 1);
    ::setenv("MASTER_PORT", std::to_string(port).c_str(), 1);
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv("/proc/self/exe", argv.data());
    std::fprintf(stderr, "taxa-cli: cannot start rank %d: %s\n", rank, std::strerror(errno));
    ::_exit(127);
}

// A rank's exit status as the launcher's: a rank ended by a signal is a failed run (1, as
// documented), said in one line, not the shell's 128 + signal.
int statusOf(int rank, int wstatus) {
    if (WIFEXITED(wstatus)) return WEXITSTATUS(wstatus);
    const int sig = WTERMSIG(wstatus);
    std::fprintf(stderr, "taxa-cli train: rank %d was ended by signal %d (%s)\n", rank, sig,
                 ::strsignal(sig));
    return 1;
}

}  // namespace

int launchLocalRanks(int nproc, const std::vector<std::string>& args, int timeoutSeconds) {
    const int port = freePort();
    std::signal(SIGINT, onLauncherSignal);
    std::signal(SIGTERM, onLauncherSignal);
    std::vector<pid_t> ranks;
    for (int r = 0; r < nproc; ++r)
        ranks.push_back(startRank(r, nproc, port, args));
    int result = 0, running = nproc;
    using Clock = std::chrono::steady_clock;
    Clock::time_point failedAt{};
    bool terminated = false, killed = false;
    while (running > 0) {
        if (forwarded) {
            for (pid_t p : ranks)
                if (p > 0) ::kill(p, forwarded);
            forwarded = 0;
        }
        int wstatus = 0;
        const pid_t done = ::waitpid(-1, &wstatus, WNOHANG);
        if (done > 0) {
            const auto rank = std::find(ranks.begin(), ranks.end(), done) - ranks.begin();
            ranks[size_t(rank)] = -1;
            --running;
            const int code = statusOf(int(rank), wstatus);
            if (code != 0 && result == 0) {
                result = code;
                failedAt = Clock::now();
            }
            continue;
        }
        // After a failure the others get the timeout (plus a margin) to stop by themselves.
        const double waited = std::chrono::duration<double>(Clock::now() - failedAt).count();
        if (result != 0 && !terminated && waited > timeoutSeconds + 10) {
            for (pid_t p : ranks)
                if (p > 0) ::kill(p, SIGTERM);
            terminated = true;
        }
        if (result != 0 && terminated && !killed && waited > timeoutSeconds + 30) {
            for (pid_t p : ranks)
                if (p > 0) ::kill(p, SIGKILL);
            killed = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return result;
}

}  // namespace taxa::cli
