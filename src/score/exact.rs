//! Exact sums of floating-point values, so that a total does not depend on
//! the order in which answers arrive: threads, chunk sizes and the order of
//! files change nothing, down to the last bit.
//!
//! This is Shewchuk's algorithm (as in Python's `math.fsum`): the running sum
//! is kept as a few non-overlapping partials whose exact sum is the exact
//! total, then rounded once. Survey values need one to three partials, so a
//! sum stays a few words per group and indicator; two sums merge exactly.
//! Crates with a fixed superaccumulator (xsum) take some 540 bytes per sum,
//! which many groups × indicators cannot afford, and do not merge.

/// Values at or above this magnitude are summed apart, scaled down by it, so
/// that no partial sum can overflow whatever the order (each side stays
/// below 2^576 for up to 2^64 values).
const BIG: f64 = 1.3407807929942597e154; // 2^512

/// An exact sum of finite values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExactSum {
    /// Values below [`BIG`], as they are.
    small: Partials,
    /// Values from [`BIG`] up, divided by it (exactly: a power of two).
    big: Partials,
}

impl ExactSum {
    pub fn add(&mut self, value: f64) {
        if !value.is_finite() {
            // Readers only hand in finite values; a stray one must not
            // poison the total.
            return;
        }
        if value.abs() >= BIG {
            self.big.add(value / BIG);
        } else {
            self.small.add(value);
        }
    }

    /// Adds everything `other` holds, exactly.
    pub fn merge(&mut self, other: &ExactSum) {
        for &p in &other.small.0 {
            self.small.add(p);
        }
        for &p in &other.big.0 {
            self.big.add(p);
        }
    }

    /// The total rounded to an `f64` (exactly rounded unless some values are
    /// beyond 2^512), or `None` when it does not fit in one. Either way it
    /// depends only on the values, never on their order.
    pub fn value(&self) -> Option<f64> {
        let small = self.small.value();
        let total = if self.big.0.is_empty() {
            small
        } else {
            self.big.value() * BIG + small
        };
        total.is_finite().then_some(total)
    }
}

/// Shewchuk's non-overlapping partials, in increasing magnitude; empty for 0.
#[derive(Clone, Debug, Default, PartialEq)]
struct Partials(Vec<f64>);

impl Partials {
    fn add(&mut self, value: f64) {
        let partials = &mut self.0;
        let mut x = value;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            partials.push(x);
        }
    }

    /// The exact sum rounded to nearest, ties to even: from the largest
    /// partial down, with `math.fsum`'s correction for a total exactly
    /// halfway between two floats.
    fn value(&self) -> f64 {
        let p = &self.0;
        let Some(mut n) = p.len().checked_sub(1) else {
            return 0.0;
        };
        let mut hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            n -= 1;
            let x = hi;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
        hi
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(values: &[f64]) -> Option<f64> {
        let mut s = ExactSum::default();
        for &v in values {
            s.add(v);
        }
        s.value()
    }

    #[test]
    fn order_does_not_matter() {
        let values = [1e17, 1.0, -1e17, 0.1, 0.2, 0.3, 3.125, -2.5e-3, 1e-300];
        let expected = sum(&values);
        let mut reversed = values;
        reversed.reverse();
        assert_eq!(sum(&reversed), expected);
        // Split in two and merged, either way round.
        for cut in 0..values.len() {
            let (mut a, mut b) = (ExactSum::default(), ExactSum::default());
            values[..cut].iter().for_each(|&v| a.add(v));
            values[cut..].iter().for_each(|&v| b.add(v));
            let mut ab = a.clone();
            ab.merge(&b);
            b.merge(&a);
            assert_eq!(ab.value(), expected);
            assert_eq!(b.value(), expected);
        }
    }

    #[test]
    fn cancellation_is_exact() {
        // Naively 0 or 100 depending on the order: exactly 100.
        assert_eq!(sum(&[1e17, 100.0, -1e17]), Some(100.0));
        assert_eq!(sum(&[1e17, -1e17, 100.0]), Some(100.0));
        assert_eq!(sum(&[0.1; 10]), Some(1.0));
        assert_eq!(sum(&[]), Some(0.0));
    }

    #[test]
    fn huge_values_never_overflow_midway() {
        // However ordered, MAX + MAX − MAX is MAX.
        assert_eq!(sum(&[f64::MAX, f64::MAX, -f64::MAX]), Some(f64::MAX));
        assert_eq!(sum(&[f64::MAX, -f64::MAX, f64::MAX]), Some(f64::MAX));
        assert_eq!(sum(&[f64::MAX, -f64::MAX, 1.0]), Some(1.0));
        assert_eq!(sum(&[f64::MAX, f64::MAX]), None);
    }
}
