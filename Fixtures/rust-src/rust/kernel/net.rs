// SPDX-License-Identifier: GPL-2.0

//! Networking.
//!
//! Declared as `#[cfg(CONFIG_NET)] pub mod net;` in `lib.rs`: rustdoc skips this file when it
//! documents the crate without `CONFIG_NET`, but the file on its own still has its doctests.
//!
//! ```
//! use kernel::net::phy;
//! let _ = phy::DeviceState::Ready;
//! ```

/// PHYs.
pub mod phy {
    /// PHY state machine states.
    ///
    /// Corresponds to the kernel's [`enum phy_state`].
    ///
    /// [`enum phy_state`]: srctree/include/linux/phy.h
    ///
    /// ```
    /// use kernel::net::phy::DeviceState;
    /// let s = DeviceState::Down;
    /// assert!(matches!(s, DeviceState::Down));
    /// ```
    #[derive(PartialEq, Eq)]
    pub enum DeviceState {
        /// PHY device and driver are not ready for anything.
        Down,
        /// PHY is ready to send and receive packets.
        Ready,
        /// PHY is up, but no polling or interrupts are done.
        Halted,
        /// PHY is up, but is in an error state.
        Error,
        /// PHY and attached device are ready to do work.
        Up,
    }
}
