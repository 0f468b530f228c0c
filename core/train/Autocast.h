#pragma once
/// @file Autocast.h
/// @brief bfloat16 autocast on CUDA for a scope, on LibTorch 1.13 and 2.x alike. 2.4 replaced
/// the CUDA-only calls (set_enabled, set_autocast_gpu_dtype) with device-generic ones and
/// deprecated the old, which later releases remove. Restores the previous state when the scope
/// ends, exceptions included (a forward that throws must not leave autocast on for the thread),
/// following Python's torch.autocast: dtype, then enabled, then nesting; the cast cache is
/// cleared when the outermost scope ends.

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
#define TAXA_AUTOCAST_DEVICE_API 1
#endif

namespace taxa {

class CudaAutocast {
  public:
    /// @brief Autocast to @p dtype on CUDA while alive, if @p enabled (else does nothing).
    CudaAutocast(bool enabled, at::ScalarType dtype) : active_(enabled) {
        if (!active_) return;
        wasEnabled_ = isEnabled();
        oldDtype_ = dtype_();
        setDtype(dtype);
        setEnabled(true);
        at::autocast::increment_nesting();
    }
    ~CudaAutocast() {
        if (!active_) return;
        if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
        setEnabled(wasEnabled_);
        setDtype(oldDtype_);
    }
    CudaAutocast(const CudaAutocast&) = delete;
    CudaAutocast& operator=(const CudaAutocast&) = delete;

  private:
#ifdef TAXA_AUTOCAST_DEVICE_API
    static bool isEnabled() {
        return at::autocast::is_autocast_enabled(at::kCUDA);
    }
    static void setEnabled(bool on) {
        at::autocast::set_autocast_enabled(at::kCUDA, on);
    }
    static at::ScalarType dtype_() {
        return at::autocast::get_autocast_dtype(at::kCUDA);
    }
    static void setDtype(at::ScalarType t) {
        at::autocast::set_autocast_dtype(at::kCUDA, t);
    }
#else
    static bool isEnabled() {
        return at::autocast::is_enabled();
    }
    static void setEnabled(bool on) {
        at::autocast::set_enabled(on);
    }
    static at::ScalarType dtype_() {
        return at::autocast::get_autocast_gpu_dtype();
    }
    static void setDtype(at::ScalarType t) {
        at::autocast::set_autocast_gpu_dtype(t);
    }
#endif
    bool active_;
    bool wasEnabled_ = false;
    at::ScalarType oldDtype_ = at::kHalf;
};

}  // namespace taxa
