#pragma once
// What the data-parallel tests share: a short training command, taxa-cli runs with the
// launcher's variables, the weights of a checkpoint, records of metrics.jsonl, and the ranks
// a launcher started.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <torch/torch.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <map>

#include "model/Checkpoint.h"
#include "model/ResNet.h"

namespace dist {

struct Run {
    int code;
    QString out, err;
    double seconds;
};

inline QStringList trainArgs(const QString& data, const QString& run, int batch) {
    return {"train",
            "--dataset",
            data,
            "--out",
            run,
            "--preset",
            "quick-cpu",
            "--crop",
            "32",
            "--resize",
            "37",
            "--batch-size",
            QString::number(batch),
            "--epochs",
            "1",
            "--max-steps",
            "4",
            "--lr",
            "0.05",
            "--threads",
            "1",
            "--loader-threads",
            "1",
            "--quiet"};
}

/// @brief trainArgs for @p epochs whole epochs of batch 4 (a run long enough to interrupt).
inline QStringList epochArgs(const QString& data, const QString& run, int epochs) {
    QStringList args = trainArgs(data, run, 4);
    args[args.indexOf("--epochs") + 1] = QString::number(epochs);
    args[args.indexOf("--max-steps") + 1] = "0";
    return args;
}

/// @brief The variables a launcher gives rank @p rank of @p world meeting at @p addr:@p port.
inline QProcessEnvironment rankEnvironment(int rank, int world, int port,
                                           const QString& addr = "127.0.0.1") {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("RANK", QString::number(rank));
    env.insert("WORLD_SIZE", QString::number(world));
    env.insert("MASTER_ADDR", addr);
    env.insert("MASTER_PORT", QString::number(port));
    return env;
}

/// @brief Runs @p program (taxa-cli by default) to its end, or kills it after @p timeoutMs.
inline Run run(const QStringList& args, const QProcessEnvironment& env, int timeoutMs = 300000,
               const QString& program = QStringLiteral(TAXA_CLI_PATH)) {
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timed out", t.elapsed() / 1000.0};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError()), t.elapsed() / 1000.0};
}

inline Run cli(const QStringList& args, int timeoutMs = 300000) {
    return run(args, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

/// @brief A loopback port nobody listens on now.
inline int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// Parameters and buffers of a checkpoint, by name.
inline std::map<std::string, torch::Tensor> weightsOf(const QString& checkpoint) {
    taxa::CheckpointFile file(checkpoint.toStdString());
    taxa::ResNet model(file.meta().model);
    file.loadInto(*model, nullptr, file.meta().model);
    std::map<std::string, torch::Tensor> out;
    for (const auto& p : model->named_parameters())
        out[p.key()] = p.value().detach().clone();
    for (const auto& b : model->named_buffers())
        out[b.key()] = b.value().detach().clone();
    return out;
}

// The largest difference relative to the tensor's scale, over all tensors.
// @p where (if given) names the tensor of the largest difference, with its scale, for the
// failure message: a ratio on a tensor near zero reads differently from one on a weight.
inline double relativeDifference(const std::map<std::string, torch::Tensor>& a,
                                 const std::map<std::string, torch::Tensor>& b,
                                 std::string* where = nullptr) {
    double worst = 0;
    for (const auto& [name, t] : a) {
        const torch::Tensor u = t.to(torch::kFloat64), v = b.at(name).to(torch::kFloat64);
        const double largest = u.abs().max().item<double>();
        const double scale = std::max(1e-3, largest);
        const double d = (u - v).abs().max().item<double>() / scale;
        if (d > worst && where) *where = name + " (largest value " + std::to_string(largest) + ")";
        worst = std::max(worst, d);
    }
    return worst;
}

// How far the last checkpoints of two runs are apart (relative, over all tensors).
inline double lastWeightsDifference(const QString& runA, const QString& runB,
                                    std::string* where = nullptr) {
    return relativeDifference(weightsOf(runA + "/checkpoints/last.pt"),
                              weightsOf(runB + "/checkpoints/last.pt"), where);
}

// The records of one type in a metrics.jsonl.
inline QStringList lines(const QString& path, const QString& type) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    QStringList out;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.contains("\"type\":\"" + type.toUtf8() + "\"")) out << QString::fromUtf8(line);
    return out;
}

// Epoch records 1..n, each exactly once.
inline bool epochsOnce(const QString& metrics, int n) {
    const QStringList epochs = lines(metrics, "epoch");
    if (epochs.size() != n) return false;
    for (int e = 1; e <= n; ++e)
        if (epochs.filter("\"global_epoch\":" + QString::number(e) + ",").size() != 1) return false;
    return true;
}

// A process that is alive (not gone, not a zombie left to a parent that does not reap).
inline bool alive(qint64 pid) {
    QFile stat("/proc/" + QString::number(pid) + "/stat");
    if (!stat.open(QIODevice::ReadOnly)) return false;
    const QByteArray s = stat.readAll();
    return !s.mid(s.lastIndexOf(')') + 2).startsWith('Z');
}

// The pid of the child of @p parent that runs with RANK=@p rank in its environment.
inline qint64 rankPid(qint64 parent, int rank) {
    for (const QString& entry : QDir("/proc").entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric) continue;
        QFile stat("/proc/" + entry + "/stat");
        if (!stat.open(QIODevice::ReadOnly)) continue;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields[1].toLongLong() != parent) continue;
        QFile env("/proc/" + entry + "/environ");
        if (env.open(QIODevice::ReadOnly) &&
            env.readAll().split('\0').contains("RANK=" + QByteArray::number(rank)))
            return pid;
    }
    return -1;
}

}  // namespace dist
