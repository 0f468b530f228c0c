// Training across two hosts, made on this machine as two network namespaces joined by a veth
// pair of their own with private addresses (10.213.0.1 and 10.213.0.2, which exist only inside
// them: nothing leaves). The ranks meet at a MASTER_ADDR that is not the loopback, train to the
// weights of one host with their two batches, stop within --dist-timeout when the master
// host's rank is killed, and both restarted resume from the checkpoint (torchrun's restart-all
// policy). Skipped, saying why, where namespaces cannot be made (not root, no `ip`).

#include <signal.h>
#include <torch/torch.h>  // before Qt: its slots macro breaks LibTorch
#include <unistd.h>

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "DistFixture.h"

using namespace dist;

namespace {

// Two namespaces and their veth pair, removed with the object (the pair goes with them).
class TwoHosts {
  public:
    QString ns[2], iface[2], address[2] = {"10.213.0.1", "10.213.0.2"};

    /// @brief Makes them; "" on success, else why they cannot be made here.
    QString make() {
        if (::geteuid() != 0) return "making network namespaces needs root";
        ip_ = QStandardPaths::findExecutable("ip", {"/usr/sbin", "/sbin", "/usr/bin", "/bin"});
        if (ip_.isEmpty()) return "no 'ip' program (iproute2)";
        removeLeftovers();
        const QString tag = QString::number(::getpid());
        for (int h = 0; h < 2; ++h) {
            ns[h] = "taxa-" + tag + (h ? "-b" : "-a");
            iface[h] = "tx" + tag + (h ? "b" : "a");
        }
        for (int h = 0; h < 2; ++h) {
            const QString why = ip({"netns", "add", ns[h]});
            if (!why.isEmpty()) return why;
            made_[h] = true;
        }
        QStringList steps[] = {{"link", "add", iface[0], "netns", ns[0], "type", "veth", "peer",
                                "name", iface[1], "netns", ns[1]},
                               {"-n", ns[0], "addr", "add", address[0] + "/24", "dev", iface[0]},
                               {"-n", ns[1], "addr", "add", address[1] + "/24", "dev", iface[1]},
                               {"-n", ns[0], "link", "set", iface[0], "up"},
                               {"-n", ns[1], "link", "set", iface[1], "up"},
                               {"-n", ns[0], "link", "set", "lo", "up"},
                               {"-n", ns[1], "link", "set", "lo", "up"}};
        for (const QStringList& step : steps) {
            const QString why = ip(step);
            if (!why.isEmpty()) return why;
        }
        return "";
    }

    ~TwoHosts() {
        for (int h = 0; h < 2; ++h)
            if (made_[h]) ip({"netns", "del", ns[h]});
    }

    /// @brief Starts rank @p rank of two in its namespace with @p args; the master is rank 0's
    /// veth address, and Gloo uses the veth, as on two real hosts.
    void start(QProcess& p, int rank, const QStringList& args, int port) const {
        QProcessEnvironment env = rankEnvironment(rank, 2, port, address[0]);
        env.insert("LOCAL_RANK", "0");
        env.insert("LOCAL_WORLD_SIZE", "1");
        env.insert("GLOO_SOCKET_IFNAME", iface[rank]);
        p.setProcessEnvironment(env);
        // `ip netns exec` replaces itself with the program: the pid is the rank's.
        p.start(ip_, QStringList{"netns", "exec", ns[rank], TAXA_CLI_PATH} + args);
    }

  private:
    // Namespaces of an earlier run of this test that crashed before removing them.
    void removeLeftovers() const {
        QProcess list;
        list.start(ip_, {"netns", "list"});
        list.waitForFinished(30000);
        const QRegularExpression ours("^taxa-(\\d+)-[ab]\\b");
        for (const QByteArray& line : list.readAllStandardOutput().split('\n')) {
            const auto m = ours.match(QString::fromUtf8(line));
            if (m.hasMatch() && !QFile::exists("/proc/" + m.captured(1)))
                ip({"netns", "del", m.captured(0)});
        }
    }

    QString ip(const QStringList& args) const {
        QProcess p;
        p.start(ip_, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return "ip " + args.join(' ') + ": " + QString::fromUtf8(p.readAllStandardError());
        return "";
    }
    QString ip_;
    bool made_[2] = {false, false};
};

QString errorOf(QProcess& p) {
    return QString::fromUtf8(p.readAllStandardError());
}

}  // namespace

class TestTwoHosts : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString data_;
    TwoHosts hosts_;

    // Both ranks to their end; true when both succeeded.
    bool bothRun(const QStringList& args0, const QStringList& args1, QString& err) {
        QProcess p[2];
        hosts_.start(p[0], 0, args0, 29500);
        hosts_.start(p[1], 1, args1, 29500);
        bool ok = true;
        for (QProcess& q : p) {
            ok = q.waitForFinished(300000) && q.exitStatus() == QProcess::NormalExit &&
                 q.exitCode() == 0 && ok;
            err += errorOf(q);
        }
        return ok;
    }

  private slots:
    void initTestCase() {
        const QString why = hosts_.make();
        if (!why.isEmpty()) QSKIP(qPrintable("two hosts cannot be made here: " + why));
        data_ = dir_.path() + "/data";
        const Run r = cli({"demo", "--out", data_, "--species", "14", "--max-train", "12",
                           "--image-size", "48", "--seed", "3"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void twoHostsTrainToTheWeightsOfOne() {
        const QString one = dir_.path() + "/one", two = dir_.path() + "/two";
        const QStringList frozen{"--batch-norm", "frozen"};
        const Run r = cli(trainArgs(data_, one, 8) << frozen);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString err;
        QVERIFY2(
            bothRun(trainArgs(data_, two, 4) << frozen, trainArgs(data_, two, 4) << frozen, err),
            qPrintable(err));
        const double diff = lastWeightsDifference(one, two);
        qInfo("two hosts against one: largest relative weight difference %.2g", diff);
        QVERIFY2(diff < 1e-5, qPrintable(QString::number(diff)));
    }

    void aKilledHostStopsTheOtherAndBothResume() {
        const QString run = dir_.path() + "/killed";
        QStringList args = epochArgs(data_, run, 3);
        args << "--dist-timeout"
             << "20";
        QProcess p[2];
        hosts_.start(p[0], 0, args, 29501);
        hosts_.start(p[1], 1, args, 29501);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(run + "/checkpoints/epoch-001.pt"), 240000);
        QElapsedTimer t;
        t.start();
        // The master's host goes: the other learns it from Gloo, without the store.
        ::kill(pid_t(p[0].processId()), SIGKILL);
        QVERIFY(p[1].waitForFinished(30000));
        qInfo("rank 1 ended %.1f s after rank 0's host was killed (--dist-timeout 20)",
              t.elapsed() / 1000.0);
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(p[1].exitCode(), 1);
        const QString err = errorOf(p[1]);
        QVERIFY2(err.contains("another process of the run stopped"), qPrintable(err));
        p[0].waitForFinished(10000);

        // Both restarted: the run continues from its last checkpoint to the end.
        const QStringList resume{"train", "--dataset", data_, "--resume", run, "--quiet"};
        QString resumeErr;
        QVERIFY2(bothRun(resume, resume, resumeErr), qPrintable(resumeErr));
        QVERIFY(epochsOnce(run + "/metrics.jsonl", 3));
    }
};

QTEST_GUILESS_MAIN(TestTwoHosts)
#include "test_twohosts.moc"
