package org.bt4j.analyzer;

import java.util.ArrayList;
import java.util.List;
import org.bt4j.time.TimeFrame;

/**
 * backtrader's {@code SharpeRatio}: the mean excess return over its standard deviation, from the
 * returns of a child {@link TimeReturn} per {@code timeframe} (default Years). The annual
 * risk-free rate (default 0.01) is converted to the period with the factor for the time frame
 * (Days 252, Weeks 52, Months 12, Years 1) unless {@code convertrate} is off, in which case the
 * returns are annualised instead; {@code annualize} multiplies by √factor. The result is
 * {@code {sharperatio: value}} with {@code null} when it cannot be computed. Engine thread only.
 */
public class SharpeRatio extends AnalyzerBase {

    private final TimeFrame timeFrame;
    private final int compression;
    private double riskFreeRate = 0.01;
    private Double factor;
    private boolean convertRate = true;
    private boolean annualize;
    private boolean stddevSample;
    private final TimeReturn timeReturn;
    private AnnualReturn annualReturn;

    /** Defaults: Years, compression 1, risk-free rate 1%. */
    public SharpeRatio() {
        this(TimeFrame.Years, 1);
    }

    /** Returns per {@code timeFrame}/{@code compression}. */
    public SharpeRatio(TimeFrame timeFrame, int compression) {
        this.timeFrame = timeFrame;
        this.compression = compression;
        this.timeReturn = addChild(new TimeReturn(timeFrame, compression));
    }

    /** The annual risk-free rate (default 0.01). */
    public SharpeRatio riskFreeRate(double r) {
        this.riskFreeRate = r;
        return this;
    }

    /** A factor replacing the time frame's default (null: default). */
    public SharpeRatio factor(Double f) {
        this.factor = f;
        return this;
    }

    /** Convert the rate to the period (default true) or else annualise the returns. */
    public SharpeRatio convertRate(boolean on) {
        this.convertRate = on;
        return this;
    }

    /** Annualise the ratio (default false; true for {@link SharpeRatio_A}). */
    public SharpeRatio annualize(boolean on) {
        this.annualize = on;
        return this;
    }

    /**
     * backtrader's {@code legacyannual}: the ratio from the calendar years' returns of an
     * {@link AnnualReturn} ({@code average(r - rate) / standarddev(r)}, the rate not converted);
     * set before the run.
     */
    public SharpeRatio legacyAnnual(boolean on) {
        if (on && annualReturn == null) {
            annualReturn = addChild(new AnnualReturn());
        } else if (!on && annualReturn != null) {
            throw new IllegalStateException("legacyAnnual cannot be switched off once on; make a new SharpeRatio");
        }
        return this;
    }

    /** Use the sample standard deviation (N-1). */
    public SharpeRatio stddevSample(boolean on) {
        this.stddevSample = on;
        return this;
    }

    /** backtrader's parameters, {@code daysfactor} (unused there too) always None. */
    @Override
    public java.util.Map<String, Object> params() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        p.put("timeframe", timeFrame);
        p.put("compression", compression);
        p.put("riskfreerate", riskFreeRate);
        p.put("factor", factor);
        p.put("convertrate", convertRate);
        p.put("annualize", annualize);
        p.put("stddev_sample", stddevSample);
        p.put("daysfactor", null);
        p.put("legacyannual", annualReturn != null);
        p.put("fund", null);
        return p;
    }

    @Override
    protected void onStop() {
        if (annualReturn != null) {
            List<Double> years = annualReturn.returns();
            List<Double> excess = new ArrayList<>(years.size());
            for (double r : years) {
                excess.add(r - riskFreeRate);
            }
            double dev = years.isEmpty() ? 0 : standardDev(years, null, false);
            // backtrader raises ZeroDivisionError here (one year, or none): no ratio
            rets.put("sharperatio", dev != 0 ? average(excess, false) / dev : null);
            return;
        }
        List<Double> returns = new ArrayList<>();
        for (Object v : timeReturn.analysis().values()) {
            returns.add((Double) v);
        }
        double rate = riskFreeRate;
        Double f = factor != null ? factor : Returns.periodsPerYear(timeFrame);
        if (f != null) {
            if (convertRate) {
                rate = Math.pow(1.0 + rate, 1.0 / f) - 1.0;
            } else {
                List<Double> annual = new ArrayList<>(returns.size());
                for (double r : returns) {
                    annual.add(Math.pow(1.0 + r, f) - 1.0);
                }
                returns = annual;
            }
        }
        Double ratio = null;
        int lrets = returns.size() - (stddevSample ? 1 : 0);
        if (lrets != 0) {
            List<Double> excess = new ArrayList<>(returns.size());
            for (double r : returns) {
                excess.add(r - rate);
            }
            double avg = average(excess, false);
            double dev = standardDev(excess, avg, stddevSample);
            if (dev != 0) { // Python raises ZeroDivisionError: ratio None
                double r = avg / dev;
                if (f != null && convertRate && annualize) {
                    r = Math.sqrt(f) * r;
                }
                ratio = r;
            }
        }
        rets.put("sharperatio", ratio);
    }
}
