// ResNets with torchvision's shapes, freezing, TorchScript weight import and checkpoints.

#include <torch/script.h>
#include <torch/torch.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <map>

#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "model/WeightImport.h"
#include "util/BlasLibrary.h"
#include "util/Error.h"

using namespace taxa;

namespace {

ModelConfig cfg(const std::string& arch, int classes = 1000, const std::string& head = "avg") {
    ModelConfig c;
    c.arch = arch;
    c.classes = classes;
    c.head = head;
    return c;
}

int64_t trainableCount(const torch::nn::Module& m) {
    int64_t n = 0;
    for (const auto& p : m.parameters())
        if (p.requires_grad()) n += p.numel();
    return n;
}

// Writes a TorchScript module holding @p tensors under their dotted names, nested as a traced
// torchvision model would be.
void writeTorchScript(const std::string& path, const std::map<std::string, torch::Tensor>& tensors,
                      const std::set<std::string>& buffers) {
    auto unit = std::make_shared<torch::jit::CompilationUnit>();
    int counter = 0;
    std::function<torch::jit::Module(const std::string&)> build = [&](const std::string& prefix) {
        torch::jit::Module m("__torch__.M" + std::to_string(counter++), unit, true);
        std::set<std::string> children;
        for (const auto& [name, t] : tensors) {
            if (name.rfind(prefix, 0) != 0) continue;
            const std::string rest = name.substr(prefix.size());
            const auto dot = rest.find('.');
            if (dot == std::string::npos) {
                if (buffers.count(name))
                    m.register_buffer(rest, t.clone());
                else
                    m.register_parameter(rest, t.clone(), false);
            } else {
                children.insert(rest.substr(0, dot));
            }
        }
        for (const auto& c : children)
            m.register_module(c, build(prefix + c + "."));
        return m;
    };
    build("").save(path);
}

std::map<std::string, torch::Tensor> stateOf(torch::nn::Module& m,
                                             std::set<std::string>* buffers = nullptr) {
    std::map<std::string, torch::Tensor> out;
    for (const auto& p : m.named_parameters())
        out[p.key()] = p.value().detach().clone();
    for (const auto& b : m.named_buffers()) {
        out[b.key()] = b.value().detach().clone();
        if (buffers) buffers->insert(b.key());
    }
    return out;
}

bool sameState(torch::nn::Module& a, torch::nn::Module& b) {
    const auto sa = stateOf(a), sb = stateOf(b);
    if (sa.size() != sb.size()) return false;
    for (const auto& [name, t] : sa)
        if (!sb.count(name) || !torch::equal(t, sb.at(name))) return false;
    return true;
}

}  // namespace

class TestModel : public QObject {
    Q_OBJECT

  private slots:
    void initTestCase() { setTorchThreads(0); }

    // LibTorch's linear layers run on the system's libblas.so.3; the check behind the slow-BLAS
    // warning must find it once LibTorch is in the process, resolved to the real file.
    void theBlasCheckFindsLibTorchsBlas() {
        const std::string blas = loadedBlasLibrary();
        QVERIFY2(blas.find("libblas.so") != std::string::npos, blas.c_str());
        QVERIFY2(QFileInfo(QString::fromStdString(blas)).isFile(), blas.c_str());
        QVERIFY(!QFileInfo(QString::fromStdString(blas)).isSymLink());
        QCOMPARE(referenceBlasWarning().empty(), !isReferenceBlas(blas));
    }

    void parameterCountsMatchTorchvision() {
        QCOMPARE(parameterCount(*ResNet(cfg("resnet18"))), int64_t(11689512));
        QCOMPARE(parameterCount(*ResNet(cfg("resnet50"))), int64_t(25557032));
        QCOMPARE(parameterCount(*ResNet(cfg("resnet152"))), int64_t(60192808));
        // The MPN-COV head: 1x1 conv 2048 -> 160, its BN, and an FC over 12,880 inputs.
        const int64_t backbone = 25557032 - (2048 * 1000 + 1000);
        QCOMPARE(parameterCount(*ResNet(cfg("resnet50", 8142, "mpncov"))),
                 backbone + 2048 * 160 + 2 * 160 + 12880 * 8142 + 8142);
    }

    void namesAndShapesFollowTorchvision() {
        ResNet net(cfg("resnet50"));
        const auto params = net->named_parameters();
        QVERIFY(params.contains("layer3.5.conv2.weight"));
        QCOMPARE(params["layer1.0.downsample.0.weight"].sizes(),
                 (torch::IntArrayRef{256, 64, 1, 1}));
        QCOMPARE(params["fc.weight"].sizes(), (torch::IntArrayRef{1000, 2048}));
        QVERIFY(net->named_buffers().contains("layer4.2.bn3.running_var"));
        QCOMPARE(net->blocks().size(), size_t(16));
        QCOMPARE(net->blocks().back().first, std::string("layer4.2"));
    }

    void forwardShapesAndStride() {
        ResNet plain(cfg("resnet18", 10));
        plain->eval();
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({2, 3, 112, 112});
        QCOMPARE(plain->forward(x).sizes(), (torch::IntArrayRef{2, 10}));
        QCOMPARE(plain->features(x).size(2), int64_t(4));
        ModelConfig c = cfg("resnet18", 10, "mpncov");
        c.covDim = 32;
        c.lastStageStride1 = true;
        ResNet cov(c);
        cov->eval();
        QCOMPARE(cov->features(x).size(2), int64_t(7));  // stride 16 instead of 32
        QCOMPARE(cov->forward(x).sizes(), (torch::IntArrayRef{2, 10}));
    }

    void freezesByStageOrLastBlocks() {
        ResNet net(cfg("resnet18", 10));
        net->setTrainable("head");
        QCOMPARE(trainableCount(*net), int64_t(512 * 10 + 10));
        net->setTrainable("last:2");  // layer4.0 and layer4.1 + fc
        const auto params = net->named_parameters();
        QVERIFY(params["layer4.0.conv1.weight"].requires_grad());
        QVERIFY(!params["layer3.1.conv2.weight"].requires_grad());
        QVERIFY(!params["conv1.weight"].requires_grad());
        net->train();
        // Frozen BatchNorm stays in eval mode, trainable BatchNorm trains.
        for (const auto& [name, block] : net->blocks())
            QCOMPARE(block->is_training(), name.rfind("layer4", 0) == 0);
        net->setTrainable("from:layer3");
        QVERIFY(net->named_parameters()["layer3.0.bn1.weight"].requires_grad());
        QVERIFY(!net->named_parameters()["layer2.1.bn1.weight"].requires_grad());
        net->setTrainable("all");
        QCOMPARE(trainableCount(*net), parameterCount(*net));
        QVERIFY_THROWS_EXCEPTION(Error, net->setTrainable("last:9"));
        QVERIFY_THROWS_EXCEPTION(Error, net->setTrainable("last:x"));
        QVERIFY_THROWS_EXCEPTION(Error, net->setTrainable("body"));
        QVERIFY_THROWS_EXCEPTION(Error, ResNet(cfg("resnet19")));
    }

    void importsTorchScriptWeightsByName() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/resnet18.pt";
        ResNet source(cfg("resnet18"));
        std::set<std::string> buffers;
        const auto state = stateOf(*source, &buffers);
        writeTorchScript(path, state, buffers);

        ResNet same(cfg("resnet18"));
        QVERIFY(!sameState(*same, *source));
        const ImportReport all = importWeights(*same, path);
        QCOMPARE(all.matched.size(), state.size());
        QVERIFY(all.missing.empty() && all.wrongShape.empty() && all.unexpected.empty());
        QVERIFY(sameState(*same, *source));

        // New classes: everything but the classifier comes across, which is reported.
        ResNet other(cfg("resnet18", 7, "mpncov"));
        const ImportReport r = importWeights(*other, path);
        QCOMPARE(r.wrongShape.size(), size_t(2));
        QVERIFY(QString::fromStdString(r.wrongShape[0]).startsWith("fc."));
        QVERIFY(std::find(r.missing.begin(), r.missing.end(), "cov.conv.weight") !=
                r.missing.end());
        QVERIFY(torch::equal(other->named_parameters()["layer2.1.conv2.weight"],
                             state.at("layer2.1.conv2.weight")));
        QVERIFY(QString::fromStdString(r.summary()).startsWith("matched"));

        std::ofstream(dir.path().toStdString() + "/junk.pt") << "not a zip";
        QVERIFY_THROWS_EXCEPTION(Error,
                                 importWeights(*other, dir.path().toStdString() + "/junk.pt"));
    }

    void checkpointRoundTripIsBitExact() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/ck/epoch1.pt";
        ModelConfig c = cfg("resnet18", 5, "mpncov");
        c.covDim = 16;
        ResNet net(c);
        torch::optim::SGD sgd(net->parameters(),
                              torch::optim::SGDOptions(0.1).momentum(0.9).weight_decay(1e-4));
        net->train();
        const torch::Tensor loss = net->forward(torch::randn({4, 3, 64, 64})).logsumexp(1).mean();
        loss.backward();
        sgd.step();
        CheckpointMeta meta;
        meta.model = c;
        meta.categoryIds = {3, 5, 8, 13, 21};
        meta.epoch = 1;
        meta.step = 42;
        meta.runConfig = R"({"lr": 0.1})";
        meta.samplerState = "{\"x\": 1}";
        saveCheckpoint(path, *net, &sgd, meta);
        QCOMPARE(QDir(dir.path() + "/ck").entryList(QDir::Files).size(), 1);  // no temporary left

        ResNet copy(c);
        torch::optim::SGD sgd2(copy->parameters(),
                               torch::optim::SGDOptions(0.1).momentum(0.9).weight_decay(1e-4));
        const CheckpointMeta back = loadCheckpoint(path, *copy, &sgd2, c);
        QVERIFY(sameState(*copy, *net));
        QCOMPARE(back.categoryIds, meta.categoryIds);
        QCOMPARE(back.step, int64_t(42));
        QCOMPARE(back.runConfig, meta.runConfig);
        QCOMPARE(back.samplerState, meta.samplerState);
        QCOMPARE(back.model.signature(), c.signature());
        // The momentum buffers came back too: one more identical step keeps the models equal.
        for (auto* m : {&net, &copy}) {
            auto& opt = m == &net ? sgd : sgd2;
            opt.zero_grad();
            torch::manual_seed(9);
            (*m)->forward(torch::randn({4, 3, 64, 64})).logsumexp(1).mean().backward();
            opt.step();
        }
        QVERIFY(sameState(*copy, *net));
        QCOMPARE(readCheckpointMeta(path).epoch, int64_t(1));
    }

    void refusesForeignAndCorruptCheckpoints() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/r18.pt";
        ResNet net(cfg("resnet18", 5));
        CheckpointMeta meta;
        meta.model = cfg("resnet18", 5);
        saveCheckpoint(path, *net, nullptr, meta);

        ResNet other(cfg("resnet34", 5));
        const auto before = stateOf(*other);
        try {
            loadCheckpoint(path, *other, nullptr, cfg("resnet34", 5));
            QFAIL("loaded a resnet18 checkpoint into a resnet34");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("resnet18+avg/5, not resnet34+avg/5"), e.what());
        }
        try {
            ResNet wide(cfg("resnet18", 6));
            loadCheckpoint(path, *wide, nullptr, cfg("resnet18", 6));
            QFAIL("loaded a 5-class checkpoint into a 6-class model");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("5 classes"), e.what());
        }
        // Truncated and garbage files are errors, and the model is left as it was.
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), {});
        const std::string cut = dir.path().toStdString() + "/cut.pt";
        std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
        QVERIFY_THROWS_EXCEPTION(Error, loadCheckpoint(cut, *net, nullptr, cfg("resnet18", 5)));
        const std::string junk = dir.path().toStdString() + "/junk.pt";
        std::ofstream(junk, std::ios::binary) << "PK\x03\x04 definitely not a checkpoint";
        QVERIFY_THROWS_EXCEPTION(Error, readCheckpointMeta(junk));
        QVERIFY_THROWS_EXCEPTION(Error, readCheckpointMeta(dir.path().toStdString() + "/none.pt"));
        QVERIFY(sameState(*other, *other));
        const auto after = stateOf(*other);
        for (const auto& [name, t] : before)
            QVERIFY(torch::equal(t, after.at(name)));
    }
};

QTEST_APPLESS_MAIN(TestModel)
#include "test_model.moc"
