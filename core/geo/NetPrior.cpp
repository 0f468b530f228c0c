#include "geo/NetPrior.h"

#include <Eigen/Core>
#include <algorithm>

#include "util/Error.h"

namespace taxa::geo {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMatrix>;
using Bias = Eigen::Map<const Eigen::RowVectorXf>;

// Points per product: bounds the n x K output block (8 MB at K = 8,142).
constexpr size_t kChunk = 256;

}  // namespace

std::string inWeightName() {
    return "in.weight";
}
std::string inBiasName() {
    return "in.bias";
}
std::string blockWeightName(int block, int layer) {
    return "block" + std::to_string(block) + ".w" + std::to_string(layer) + ".weight";
}
std::string blockBiasName(int block, int layer) {
    return "block" + std::to_string(block) + ".w" + std::to_string(layer) + ".bias";
}
std::string classWeightName() {
    return "class.weight";
}

NetPrior::NetPrior(const GeoFile& f, const std::string& label) {
    shape_.hidden = static_cast<int>(f.param("hidden", label));
    shape_.blocks = static_cast<int>(f.param("blocks", label));
    shape_.classes = static_cast<int>(f.categoryIds.size());
    const int64_t h = shape_.hidden;
    if (h < 1 || h > 65536 || shape_.blocks < 0 || shape_.blocks > 64)
        throw Error(label + ": bad network shape in the header");
    auto floats = [&](const std::string& name, const std::vector<int64_t>& shape) {
        const GeoTensor& t = f.tensor(name, label, shape);
        if (t.integer) throw Error(label + ": tensor '" + name + "' must hold floats");
        return t.f.data();
    };
    inW_ = floats(inWeightName(), {h, kEncodedSize});
    inB_ = floats(inBiasName(), {h});
    for (int b = 0; b < shape_.blocks; ++b)
        for (int layer = 1; layer <= 2; ++layer) {
            blockW_.push_back(floats(blockWeightName(b, layer), {h, h}));
            blockB_.push_back(floats(blockBiasName(b, layer), {h}));
        }
    classW_ = floats(classWeightName(), {shape_.classes, h});
}

void NetPrior::evaluate(const GeoPoint* points, size_t n, float* out) const {
    const int h = shape_.hidden, k = shape_.classes;
    const ConstMap inW(inW_, h, kEncodedSize), classW(classW_, k, h);
    RowMatrix x, hid, y;
    for (size_t first = 0; first < n; first += kChunk) {
        const auto m = static_cast<Eigen::Index>(std::min(kChunk, n - first));
        x.resize(m, kEncodedSize);
        for (Eigen::Index i = 0; i < m; ++i) {
            const Encoded e = encode(points[first + static_cast<size_t>(i)]);
            for (int j = 0; j < kEncodedSize; ++j)
                x(i, j) = e[static_cast<size_t>(j)];
        }
        hid.noalias() = x * inW.transpose();
        hid = (hid.rowwise() + Bias(inB_, h)).cwiseMax(0.0f);
        for (int b = 0; b < shape_.blocks; ++b) {
            const auto w1 = static_cast<size_t>(2 * b), w2 = w1 + 1;
            y.noalias() = hid * ConstMap(blockW_[w1], h, h).transpose();
            y = (y.rowwise() + Bias(blockB_[w1], h))
                    .cwiseMax(0.0f);  // dropout: off when predicting
            RowMatrix z = y * ConstMap(blockW_[w2], h, h).transpose();
            hid += (z.rowwise() + Bias(blockB_[w2], h)).cwiseMax(0.0f);
        }
        Eigen::Map<RowMatrix> logits(out + first * static_cast<size_t>(k), m, k);
        logits.noalias() = hid * classW.transpose();
        logits = (1.0f + (-logits.array()).exp()).inverse().matrix();
    }
}

}  // namespace taxa::geo
