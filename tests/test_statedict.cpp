// Weights in and out for PyTorch users, against torchvision itself (Debian's python3-torch and
// python3-torchvision, run as a separate process): a state dict saved by torch.save imports
// into our ResNet-18 with torchvision's outputs, and `taxa-cli export` writes one that
// torchvision's load_state_dict accepts (strict) with our outputs. Skips without python3-torch.

#include <torch/torch.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "model/WeightImport.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

using namespace taxa;

namespace {

const char* kPython = "/usr/bin/python3";
const QString kPeer = QStringLiteral(TAXA_TEST_SCRIPTS "/torchvision_peer.py");

struct Run {
    int code;
    QString out;
};

Run run(const QString& program, const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(300000)) return {-1, "timed out"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

torch::Tensor readFloats(const std::string& path, std::vector<int64_t> shape) {
    const std::string bytes = readFile(path);
    return torch::from_blob(const_cast<char*>(bytes.data()), shape, torch::kFloat32).clone();
}

void writeFloats(const std::string& path, const torch::Tensor& t) {
    const torch::Tensor c = t.contiguous().to(torch::kFloat32);
    writeFileAtomic(path, std::string_view(static_cast<const char*>(c.data_ptr()),
                                           size_t(c.numel()) * sizeof(float)));
}

ModelConfig resnet18(int classes) {
    ModelConfig c;
    c.arch = "resnet18";
    c.classes = classes;
    return c;
}

}  // namespace

class TestStateDict : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::string d_;

  private slots:
    void initTestCase() {
        d_ = dir_.path().toStdString();
        const Run r = run(kPython, {kPeer, "make", dir_.path()});
        if (r.code == 3) QSKIP(qPrintable("skipped: " + r.out.trimmed()));
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }

    void importsTorchvisionStateDictWithItsOutputs() {
        ResNet ours(resnet18(10));
        const ImportReport report = importWeights(*ours, d_ + "/tv.pth");
        QCOMPARE(QString::fromStdString(report.format), QString("state dict"));
        QVERIFY2(report.missing.empty() && report.wrongShape.empty() && report.unexpected.empty(),
                 report.summary().c_str());
        ours->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = readFloats(d_ + "/x.bin", {1, 3, 64, 64});
        const torch::Tensor expected = readFloats(d_ + "/y.bin", {1, 10});
        const double diff = (ours->forward(x) - expected).abs().max().item<double>();
        QVERIFY2(diff < 1e-4, qPrintable(QString::number(diff)));
    }

    void exportsAStateDictTorchvisionLoads() {
        // A checkpoint of our model (random weights), exported through the CLI and the engine.
        torch::manual_seed(3);
        ResNet ours(resnet18(10));
        ours->eval();
        for (auto& b : ours->named_buffers())
            if (b.key().find("running_var") != std::string::npos) b.value().uniform_(0.5, 1.5);
        CheckpointMeta meta;
        meta.model = resnet18(10);
        meta.categoryIds = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        saveCheckpoint(d_ + "/ours.pt", *ours, nullptr, meta);
        {
            torch::NoGradGuard noGrad;
            writeFloats(d_ + "/ours.bin", ours->forward(readFloats(d_ + "/x.bin", {1, 3, 64, 64})));
        }
        const QString out = dir_.path() + "/ours.pth";
        const Run exported =
            run(TAXA_CLI_PATH, {"export", "--checkpoint", dir_.path() + "/ours.pt", "--out", out});
        QVERIFY2(exported.code == 0, qPrintable(exported.out));
        QVERIFY(exported.out.contains("load_state_dict"));
        const Run checked = run(kPython, {kPeer, "check", dir_.path(), out});
        QVERIFY2(checked.code == 0, qPrintable(checked.out));

        // And it comes back into our model bit for bit.
        ResNet back(resnet18(10));
        QVERIFY(importWeights(*back, out.toStdString()).wrongShape.empty());
        for (const auto& p : ours->named_parameters())
            QVERIFY(torch::equal(p.value(), back->named_parameters()[p.key()]));
    }

    void exportRefusesToOverwriteItsInput() {
        const Run r = run(TAXA_CLI_PATH, {"export", "--checkpoint", dir_.path() + "/ours.pt",
                                          "--out", dir_.path() + "/ours.pt"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("is also an input"), qPrintable(r.out));
    }

    void importMatchingNothingIsAnError() {
        ResNet ours(resnet18(10));
        try {
            importWeights(*ours, d_ + "/unrelated.pth");
            QFAIL("an import matching nothing was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("no tensor of this state dict matches"), e.what());
        }
        // A missing file is named in one line.
        try {
            importWeights(*ours, d_ + "/nope.pth");
            QFAIL("a missing file was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("nope.pth"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestStateDict)
#include "test_statedict.moc"
