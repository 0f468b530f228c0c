#include "geo/GeoNet.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "geo/GeoEncoding.h"
#include "geo/GeoNetModule.h"
#include "geo/GeoPrior.h"
#include "model/ResNet.h"
#include "util/Error.h"
#include "util/MemoryPolicy.h"

namespace taxa::geo {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kLogEps = 1e-5;  // log(x + eps), as the authors' log_loss

// The located, labelled training photos: inputs (N x 6) and classes (N).
struct Examples {
    torch::Tensor inputs, classes;
    std::vector<std::vector<int64_t>> byClass;  ///< Example indices of each class.
};

Examples trainingExamples(const Dataset& ds) {
    std::vector<float> values;
    std::vector<int64_t> classes;
    Examples e;
    e.byClass.resize(ds.categories.size());
    for (const ImageRecord& im : ds.images) {
        const Location* loc = ds.location(im);
        GeoPoint p;
        if (im.split != Split::Train || im.label < 0 || !loc || !toGeoPoint(*loc, p)) continue;
        const Encoded x = encode(p);
        values.insert(values.end(), x.begin(), x.end());
        e.byClass[static_cast<size_t>(im.label)].push_back(static_cast<int64_t>(classes.size()));
        classes.push_back(im.label);
    }
    if (classes.empty())
        throw Error(ds.root + ": no training photo has a location (a locations file is needed)");
    const auto n = static_cast<int64_t>(classes.size());
    e.inputs = torch::from_blob(values.data(), {n, kEncodedSize}, torch::kFloat32).clone();
    e.classes = torch::from_blob(classes.data(), {n}, torch::kInt64).clone();
    return e;
}

// At most @p cap photos of each class, in random order.
std::vector<int64_t> epochOrder(const Examples& e, int cap, Rng& rng) {
    std::vector<int64_t> order;
    for (std::vector<int64_t> c : e.byClass) {
        shuffle(c, rng);
        order.insert(order.end(), c.begin(), c.begin() + std::min<int64_t>(cap, c.size()));
    }
    shuffle(order, rng);
    return order;
}

void checkOptions(const GeoTrainOptions& o) {
    if (o.epochs < 1 || o.batchSize < 0 || !(o.lr > 0) || !(o.lrDecay > 0) || o.maxPerClass < 1 ||
        o.hidden < 1 || o.blocks < 0 || !(o.dropout >= 0 && o.dropout < 1))
        throw Error(
            "geo train: epochs, batch size, learning rate, decay, photos per class and "
            "layer width must be positive, dropout in [0, 1)");
}

}  // namespace

int autoBatchSize(const GeoTrainOptions& o, int64_t examplesPerEpoch) {
    if (o.batchSize > 0) return o.batchSize;
    constexpr int64_t kPaper = 1024, kSmallest = 32;
    return static_cast<int>(
        std::clamp(examplesPerEpoch / kMinStepsPerEpoch, std::min(kSmallest, kPaper), kPaper));
}

ResBlockImpl::ResBlockImpl(int64_t width, double dropout)
    : w1(register_module("w1", torch::nn::Linear(width, width))),
      w2(register_module("w2", torch::nn::Linear(width, width))),
      drop(register_module("drop", torch::nn::Dropout(torch::nn::DropoutOptions(dropout)))) {}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x) {
    const torch::Tensor y = torch::relu(w2(drop(torch::relu(w1(x)))));
    return x + y;
}

GeoNetImpl::GeoNetImpl(const NetShape& s, double dropout)
    : shape(s),
      in(register_module("in", torch::nn::Linear(kEncodedSize, s.hidden))),
      cls(register_module(
          "class", torch::nn::Linear(torch::nn::LinearOptions(s.hidden, s.classes).bias(false)))) {
    for (int b = 0; b < s.blocks; ++b)
        blocks.push_back(register_module("block" + std::to_string(b), ResBlock(s.hidden, dropout)));
}

torch::Tensor GeoNetImpl::forward(const torch::Tensor& encoded) {
    torch::Tensor h = torch::relu(in(encoded));
    for (ResBlock& b : blocks)
        h = b(h);
    return cls(h);
}

torch::Tensor presenceOnlyLoss(const torch::Tensor& logits, const torch::Tensor& classes,
                               const torch::Tensor& randomLogits) {
    const auto k = static_cast<double>(logits.size(1));
    const torch::Tensor s = torch::sigmoid(logits);
    const torch::Tensor index = classes.unsqueeze(1);
    const torch::Tensor absent = -torch::log(1 - s + kLogEps);
    const torch::Tensor present = -k * torch::log(s.gather(1, index) + kLogEps);
    const torch::Tensor atPhotos = absent.scatter(1, index, present);
    const torch::Tensor atRandom = -torch::log(1 - torch::sigmoid(randomLogits) + kLogEps);
    return atPhotos.mean() + atRandom.mean();
}

torch::Tensor randomEncodedPoints(int64_t n, Rng& rng) {
    std::vector<float> values;
    values.reserve(static_cast<size_t>(n) * kEncodedSize);
    for (int64_t i = 0; i < n; ++i) {
        GeoPoint p;
        p.lon = static_cast<float>(rng.uniform(-1, 1));
        // Latitude with density proportional to its circle's length: uniform over the area.
        p.lat = static_cast<float>(1 - 2 * std::acos(rng.uniform(-1, 1)) / kPi);
        p.date = static_cast<float>(rng.uniform(-1, 1));
        const Encoded x = encode(p);
        values.insert(values.end(), x.begin(), x.end());
    }
    return torch::from_blob(values.data(), {n, kEncodedSize}, torch::kFloat32).clone();
}

void exportWeights(GeoNet& net, GeoFile& out) {
    auto put = [&](const std::string& name, const torch::Tensor& t) {
        const torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
        GeoTensor g;
        g.name = name;
        g.shape = c.sizes().vec();
        g.f.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
        out.tensors.push_back(std::move(g));
    };
    put(inWeightName(), net->in->weight);
    put(inBiasName(), net->in->bias);
    for (size_t b = 0; b < net->blocks.size(); ++b) {
        const int i = static_cast<int>(b);
        put(blockWeightName(i, 1), net->blocks[b]->w1->weight);
        put(blockBiasName(i, 1), net->blocks[b]->w1->bias);
        put(blockWeightName(i, 2), net->blocks[b]->w2->weight);
        put(blockBiasName(i, 2), net->blocks[b]->w2->bias);
    }
    put(classWeightName(), net->cls->weight);
}

GeoFile trainGeoNetwork(const Dataset& ds, const GeoTrainOptions& o,
                        const GeoTrainCallbacks& callbacks) {
    checkOptions(o);
    // Each step allocates a dozen batch x classes buffers (66 MB each at full scale): reused
    // instead of mapped afresh, the kernel's page faults and zeroing (a third of the CPU time)
    // go away.
    const ReuseFreedMemory reuse;
    const torch::Device device = chooseDevice(o.device);
    const Examples data = trainingExamples(ds);
    torch::manual_seed(o.seed);
    Rng rng(o.seed);
    GeoNet net(NetShape{o.hidden, o.blocks, static_cast<int>(ds.categories.size())}, o.dropout);
    net->to(device);
    torch::optim::Adam adam(net->parameters(), torch::optim::AdamOptions(o.lr));
    const torch::Tensor inputs = data.inputs.to(device), classes = data.classes.to(device);
    double lastLoss = 0;
    int usedBatch = 0;
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
        const auto start = std::chrono::steady_clock::now();
        const double lr = o.lr * std::pow(o.lrDecay, epoch - 1);
        static_cast<torch::optim::AdamOptions&>(adam.param_groups()[0].options()).lr(lr);
        net->train();
        const std::vector<int64_t> order = epochOrder(data, o.maxPerClass, rng);
        const auto n = static_cast<int64_t>(order.size());
        const int batchSize = autoBatchSize(o, n);
        usedBatch = batchSize;
        const torch::Tensor all = torch::tensor(order, torch::kInt64).to(device);
        double sum = 0;
        int64_t batches = 0;
        const std::string stage = "Training the geo prior, epoch " + std::to_string(epoch) + "/" +
                                  std::to_string(o.epochs);
        for (int64_t first = 0; first < n; first += batchSize, ++batches) {
            reportOrCancel(callbacks.progress, stage, first, n);
            const torch::Tensor pick = all.slice(0, first, std::min<int64_t>(n, first + batchSize));
            const int64_t b = pick.size(0);
            // Photos and random places go through the network together, as one batch.
            const torch::Tensor batch =
                torch::cat({inputs.index_select(0, pick), randomEncodedPoints(b, rng).to(device)});
            const torch::Tensor logits = net->forward(batch);
            const torch::Tensor loss = presenceOnlyLoss(
                logits.slice(0, 0, b), classes.index_select(0, pick), logits.slice(0, b));
            adam.zero_grad();
            loss.backward();
            adam.step();
            sum += loss.item<double>();
        }
        reportOrCancel(callbacks.progress, stage, n, n);
        lastLoss = batches ? sum / static_cast<double>(batches) : 0;
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!std::isfinite(lastLoss))
            throw Error("geo train: the loss became " + std::to_string(lastLoss) + " in epoch " +
                        std::to_string(epoch) + " (try a smaller --lr)");
        if (callbacks.epochDone)
            callbacks.epochDone({epoch, o.epochs, lastLoss, seconds, n, batchSize, lr});
    }
    GeoFile f;
    f.kind = "network";
    f.categoryIds = categoryIdsOf(ds);
    f.params = {{"hidden", o.hidden},
                {"blocks", o.blocks},
                {"dropout", o.dropout},
                {"epochs", o.epochs},
                {"lr", o.lr},
                {"lr_decay", o.lrDecay},
                {"batch_size", usedBatch},
                {"max_per_class", o.maxPerClass},
                {"images", static_cast<double>(data.classes.size(0))},
                {"final_loss", lastLoss}};
    net->to(torch::kCPU);
    exportWeights(net, f);
    return f;
}

}  // namespace taxa::geo
