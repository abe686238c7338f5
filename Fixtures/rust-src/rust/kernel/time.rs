// SPDX-License-Identifier: GPL-2.0

//! Time related primitives.
//!
//! This module contains the kernel APIs related to time and timers that
//! have been ported or wrapped for usage by Rust code in the kernel.
//!
//! C header: [`include/linux/jiffies.h`](srctree/include/linux/jiffies.h).
//! C header: [`include/linux/ktime.h`](srctree/include/linux/ktime.h).

/// The number of nanoseconds per microsecond.
pub const NSEC_PER_USEC: i64 = bindings::NSEC_PER_USEC as i64;

/// The number of nanoseconds per millisecond.
///
/// ```
/// use kernel::time::{NSEC_PER_MSEC, NSEC_PER_USEC};
/// assert_eq!(NSEC_PER_MSEC, 1_000 * NSEC_PER_USEC);
/// ```
pub const NSEC_PER_MSEC: i64 = bindings::NSEC_PER_MSEC as i64;

/// The number of nanoseconds per second.
pub const NSEC_PER_SEC: i64 = bindings::NSEC_PER_SEC as i64;

/// The time unit of Linux kernel. One jiffy equals (1/HZ) second.
pub type Jiffies = crate::ffi::c_ulong;

/// The millisecond time unit.
pub type Msecs = crate::ffi::c_uint;

/// The tick counter, bumped by the timer interrupt.
///
/// ```no_run
/// # use kernel::time::JIFFIES_SNAPSHOT;
/// // SAFETY: Only read for display purposes.
/// let j = unsafe { JIFFIES_SNAPSHOT };
/// kernel::pr_info!("jiffies: {j}\n");
/// ```
pub static mut JIFFIES_SNAPSHOT: Jiffies = 0;

/// Boot-time clock description, shared read-only.
///
/// ```
/// # use kernel::time::CLOCK_NAMES;
/// assert_eq!(CLOCK_NAMES[0], "monotonic");
/// ```
pub static CLOCK_NAMES: [&str; 4] = ["monotonic", "realtime", "boottime", "tai"];

/// Converts milliseconds to jiffies.
#[inline]
pub fn msecs_to_jiffies(msecs: Msecs) -> Jiffies {
    // SAFETY: The `__msecs_to_jiffies` function is always safe to call no
    // matter what the argument is.
    unsafe { bindings::__msecs_to_jiffies(msecs) }
}

/// A Rust wrapper around a `ktime_t`.
///
/// ```
/// use kernel::time::Ktime;
/// let start = Ktime::ktime_get();
/// let end = Ktime::ktime_get();
/// assert!((end - start).to_ns() >= 0);
/// ```
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, PartialOrd, Eq, Ord, Debug)]
pub struct Ktime {
    /// Nanoseconds since an arbitrary, clock-specific epoch.
    ///
    /// ```
    /// # use kernel::time::Ktime;
    /// let zero = Ktime::from_ns(0);
    /// assert_eq!(zero.to_ns(), 0);
    /// ```
    inner: bindings::ktime_t,
}

impl Ktime {
    /// Create a `Ktime` from a raw `ktime_t`.
    #[inline]
    pub fn from_raw(inner: bindings::ktime_t) -> Self {
        Self { inner }
    }

    /// Get the current time using `CLOCK_MONOTONIC`.
    #[inline]
    pub fn ktime_get() -> Self {
        // SAFETY: It is always safe to call `ktime_get` outside of NMI context.
        Self::from_raw(unsafe { bindings::ktime_get() })
    }

    /// Divide the number of nanoseconds by a compile-time constant.
    #[inline]
    fn divns_constant<const DIV: i64>(self) -> i64 {
        self.to_ns() / DIV
    }

    /// Returns the number of nanoseconds.
    #[inline]
    pub fn to_ns(self) -> i64 {
        self.inner
    }

    /// Returns the number of milliseconds.
    ///
    /// ```
    /// # use kernel::time::Ktime;
    /// let t = Ktime::from_raw(3_000_000);
    /// assert_eq!(t.to_ms(), 3);
    /// ```
    #[inline]
    pub fn to_ms(self) -> i64 {
        self.divns_constant::<NSEC_PER_MSEC>()
    }
}

/// The clock sources available for timers.
///
/// ```
/// use kernel::time::ClockId;
/// let id = ClockId::Monotonic;
/// assert_eq!(id as u32, 1);
/// ```
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ClockId {
    /// A settable system-wide clock that measures real (i.e., wall-clock) time.
    ///
    /// ```
    /// # use kernel::time::ClockId;
    /// let rt = ClockId::RealTime;
    /// # let _ = rt;
    /// ```
    RealTime = bindings::CLOCK_REALTIME,
    /// A monotonically increasing clock.
    Monotonic = bindings::CLOCK_MONOTONIC,
    /// A nonsettable system-wide clock that is identical to `CLOCK_MONOTONIC`, except that it
    /// also includes any time that the system is suspended.
    BootTime = bindings::CLOCK_BOOTTIME,
    /// International Atomic Time.
    TAI = bindings::CLOCK_TAI,
}

/// A raw timestamp seen either as nanoseconds or as a two-word split (for 32-bit readers).
///
/// ```
/// use kernel::time::RawStamp;
/// let s = RawStamp { ns: 5 };
/// // SAFETY: Both fields are plain integers covering the same bytes.
/// let lo = unsafe { s.words[0] };
/// # let _ = lo;
/// ```
#[repr(C)]
pub union RawStamp {
    /// The whole value.
    pub ns: u64,
    /// The two halves, in memory order.
    ///
    /// ```
    /// # use kernel::time::RawStamp;
    /// let s = RawStamp { words: [1, 2] };
    /// # let _ = s;
    /// ```
    pub words: [u32; 2],
}

impl core::ops::Sub for Ktime {
    type Output = Delta;

    #[inline]
    fn sub(self, other: Ktime) -> Delta {
        Delta {
            nanos: self.inner - other.inner,
        }
    }
}

/// A span of time.
#[derive(Copy, Clone, PartialEq, PartialOrd, Eq, Ord, Debug, Default)]
pub struct Delta {
    nanos: i64,
}

impl Delta {
    /// A span of time equal to zero.
    ///
    /// ```
    /// # use kernel::time::Delta;
    /// assert_eq!(Delta::ZERO.as_nanos(), 0);
    /// ```
    pub const ZERO: Self = Self { nanos: 0 };

    /// Create a new [`Delta`] from a number of microseconds.
    #[inline]
    pub const fn from_micros(micros: i64) -> Self {
        Self {
            nanos: micros.saturating_mul(NSEC_PER_USEC),
        }
    }

    /// Return the number of nanoseconds in the [`Delta`].
    #[inline]
    pub const fn as_nanos(self) -> i64 {
        self.nanos
    }
}
