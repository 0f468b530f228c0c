#include "jobs/LaunchedRun.h"

#include <sys/prctl.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTemporaryFile>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <csignal>
#include <cstdint>

#include "dataset/Layouts.h"

namespace {
constexpr int kPollMs = 300;
}

/// What one look at the run folder found.
struct LaunchedRun::Poll {
    bool hasConfig = false;  ///< config.json read (looked for until started() is emitted).
    taxa::TrainConfig config;
    MetricsTail tail;
};

LaunchedRun::LaunchedRun(QObject* parent)
    : QObject(parent),
      process_(new QProcess(this)),
      timer_(new QTimer(this)),
      reader_(new QFutureWatcher<Poll>(this)) {
    timer_->setInterval(kPollMs);
    connect(timer_, &QTimer::timeout, this, &LaunchedRun::poll);
    connect(reader_, &QFutureWatcher<Poll>::finished, this, &LaunchedRun::polled);
    connect(process_, &QProcess::readyReadStandardOutput, this,
            [this] { readOutput(QProcess::StandardOutput); });
    connect(process_, &QProcess::readyReadStandardError, this,
            [this] { readOutput(QProcess::StandardError); });
    connect(process_, &QProcess::finished, this, &LaunchedRun::processEnded);
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart) return;  // the others end in finished()
        lastError_ = tr("cannot start %1: %2").arg(process_->program(), process_->errorString());
        emit logLine(lastError_, true);
        processEnded(-1, QProcess::CrashExit);
    });
    // If the GUI dies, the launcher gets SIGTERM and passes it on: the ranks save last.pt.
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

LaunchedRun::~LaunchedRun() {
    shutdown();
}

QString LaunchedRun::cliProgram() {
    const QString env = qEnvironmentVariable("TAXA_CLI");
    if (!env.isEmpty()) return env;
    // Installed and built alike, taxa-cli sits beside taxa.
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/taxa-cli");
#ifdef TAXA_CLI_BUILD_PATH
    if (!QFileInfo(beside).isExecutable()) return QStringLiteral(TAXA_CLI_BUILD_PATH);
#endif
    return beside;
}

QStringList LaunchedRun::arguments(const TrainRequest& r, int processes,
                                   const QString& configFile) {
    QStringList args{QStringLiteral("train")};
    if (r.data) {
        const taxa::Dataset& ds = r.data->dataset;
        args << QStringLiteral("--dataset")
             << QFileInfo(QString::fromStdString(ds.root)).absoluteFilePath()
             << QStringLiteral("--layout")
             << QString::fromLatin1(taxa::layoutOptionName(ds.layout));
        if (ds.derivedSplit.active())
            args << QStringLiteral("--val-fraction")
                 << QString::number(ds.derivedSplit.valFraction, 'g', 17)
                 << QStringLiteral("--split-seed") << QString::number(ds.derivedSplit.seed);
    }
    if (r.resume)
        args << QStringLiteral("--resume") << r.runDir;
    else
        args << QStringLiteral("--config") << configFile << QStringLiteral("--out") << r.runDir;
    args << QStringLiteral("--nproc-per-node") << QString::number(processes)
         << QStringLiteral("--quiet");
    return args;
}

bool LaunchedRun::start(const TrainRequest& request, int processes) {
    if (running_) return false;
    configFile_.reset();
    if (!request.resume) {
        // The form's whole config, also the fields the CLI has no option for.
        configFile_ = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                       QStringLiteral("/taxa-XXXXXX.json"));
        const std::string json = request.config.toJson();
        if (!configFile_->open() ||
            configFile_->write(json.data(), qint64(json.size())) != qint64(json.size()) ||
            !configFile_->flush()) {
            emit logLine(tr("Cannot write the run's config to %1: %2")
                             .arg(configFile_->fileName(), configFile_->errorString()),
                         true);
            return false;
        }
        configFile_->close();
    }
    request_ = request;
    config_ = request.config;
    batches_.clear();
    for (QByteArray& p : partial_)
        p.clear();
    lastError_.clear();
    offset_ = 0;
    epochsDone_ = 0;
    bestTop1_ = 0;
    exitCode_ = 0;
    running_ = true;
    crashed_ = begun_ = pollAgain_ = ending_ = stopAsked_ = false;
    const QStringList args =
        arguments(request, processes, configFile_ ? configFile_->fileName() : QString());
    emit logLine(QStringLiteral("taxa-cli ") + args.join(QLatin1Char(' ')), false);
    process_->start(cliProgram(), args);
    timer_->start();
    poll();
    return true;
}

void LaunchedRun::stop() {
    if (!running_ || ending_) return;
    stopAsked_ = true;
    process_->terminate();  // SIGTERM: the launcher passes it to every rank
}

void LaunchedRun::shutdown(int waitMs) {
    if (!running_) return;
    // Nobody is left to tell: the window is closing.
    process_->disconnect(this);
    reader_->disconnect(this);
    timer_->stop();
    if (process_->state() != QProcess::NotRunning) {
        process_->terminate();
        if (!process_->waitForFinished(waitMs)) {
            process_->kill();
            process_->waitForFinished(5000);
        }
    }
    reader_->waitForFinished();
    running_ = false;
}

void LaunchedRun::poll() {
    if (reader_->isRunning()) {
        pollAgain_ = true;
        return;
    }
    pollAgain_ = false;
    const QString folder = request_.runDir;
    const qint64 offset = offset_;
    const bool needConfig = !begun_;
    reader_->setFuture(QtConcurrent::run([folder, offset, needConfig] {
        Poll p;
        if (needConfig) {
            if (!holdsRun(folder)) return p;
            const RunInfo info = readRunInfo(folder);
            if (!info.error.isEmpty()) return p;  // still being written: look again
            p.hasConfig = true;
            p.config = info.config;
        }
        p.tail = readMetricsTail(folder, offset);
        return p;
    }));
}

void LaunchedRun::polled() {
    const Poll p = reader_->result();
    MetricsTail tail = p.tail;
    if (!begun_ && p.hasConfig) {
        config_ = p.config;
        begun_ = true;
        if (request_.resume) {
            emit history(metricsOf(tail));  // before this session: drawn, not counted as new
            for (const taxa::EpochMetrics& e : tail.epochs)
                epochsDone_ = std::max(epochsDone_, e.globalEpoch);
            tail.steps.clear();
            tail.epochs.clear();
        }
        emit started(config_, request_.runDir);
    }
    if (begun_) {
        offset_ = tail.offset;
        // In the order they were logged: an epoch comes after its steps.
        size_t s = 0;
        auto stepsUpTo = [&](int64_t step) {
            std::vector<taxa::StepMetrics> out;
            for (; s < tail.steps.size() && tail.steps[s].step <= step; ++s) {
                taxa::StepMetrics m = tail.steps[s];
                const size_t stage = static_cast<size_t>(m.stage);
                if (stage < config_.stages.size()) m.stageName = config_.stages[stage].name;
                if (stage < batches_.size()) m.batches = batches_[stage];
                out.push_back(m);
            }
            if (!out.empty()) emit steps(out);
        };
        for (taxa::EpochMetrics e : tail.epochs) {
            stepsUpTo(e.step);
            e.totalEpochs = config_.totalEpochs();
            epochsDone_ = std::max(epochsDone_, e.globalEpoch);
            bestTop1_ = std::max(bestTop1_, e.valTop1);
            emit epochDone(e);
        }
        stepsUpTo(INT64_MAX);
    }
    if (pollAgain_)
        poll();
    else if (ending_)
        finish();
}

void LaunchedRun::readOutput(QProcess::ProcessChannel channel) {
    const bool err = channel == QProcess::StandardError;
    QByteArray& buffer = partial_[err ? 1 : 0];
    buffer += err ? process_->readAllStandardError() : process_->readAllStandardOutput();
    const qsizetype end = buffer.lastIndexOf('\n') + 1;
    if (end == 0 && !ending_) return;
    const QByteArray whole = ending_ ? buffer : buffer.left(end);
    buffer = ending_ ? QByteArray() : buffer.mid(end);
    for (const QByteArray& raw : whole.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty()) continue;
        // The CLI's own errors are one line "taxa-cli ...: why"; LibTorch warns on stderr too.
        const bool error = err && line.startsWith(QLatin1String("taxa-cli"));
        if (error) lastError_ = line;
        emit logLine(line, error);
    }
}

void LaunchedRun::processEnded(int code, QProcess::ExitStatus status) {
    if (ending_) return;
    ending_ = true;
    exitCode_ = code;
    crashed_ = status == QProcess::CrashExit;
    readOutput(QProcess::StandardOutput);
    readOutput(QProcess::StandardError);
    poll();  // the last lines of metrics.jsonl, then finish()
}

void LaunchedRun::finish() {
    timer_->stop();
    running_ = false;
    configFile_.reset();
    TrainOutcome outcome;
    outcome.runDir = request_.runDir;
    outcome.bestTop1 = bestTop1_;
    const bool ok = !crashed_ && exitCode_ == 0;
    outcome.finished = ok && begun_ && epochsDone_ >= config_.totalEpochs();
    if (!outcome.finished) {
        if (ok || stopAsked_)
            outcome.stopped = true;
        else if (!lastError_.isEmpty())
            outcome.error = lastError_;
        else
            outcome.error = crashed_ ? tr("taxa-cli crashed")
                                     : tr("taxa-cli ended with status %1").arg(exitCode_);
    }
    emit finished(outcome);
}
