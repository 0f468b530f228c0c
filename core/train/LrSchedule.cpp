#include "train/LrSchedule.h"

#include <algorithm>
#include <cmath>

namespace taxa {

double learningRate(const std::string& schedule, double peak, double progress, int epochs,
                    double warmupEpochs, int stepEpochs, double stepGamma) {
    const double warm = std::min(warmupEpochs, static_cast<double>(epochs));
    if (warm > 0 && progress < warm) return peak * std::max(progress, 1e-3 * warm) / warm;
    if (schedule == "cosine") {
        const double span = std::max(1e-9, epochs - warm);
        const double t = std::clamp((progress - warm) / span, 0.0, 1.0);
        return peak * 0.5 * (1.0 + std::cos(M_PI * t));
    }
    if (schedule == "step") return peak * std::pow(stepGamma, std::floor(progress / stepEpochs));
    return peak;
}

}  // namespace taxa
