package nl.voortgang.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.engine.JRParameter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * Used by the templates' bar charts (their {@code customizerClass}), not part of the API: value axes in the report's
 * language ({@code € 600.000}, not {@code € 600,000}), whole-number ticks, an axis of at least 0–1 when every value is
 * zero, flat bars of a sensible width, year labels that are not cut short. A chart with the property {@code nl.voortgang.chart.money} shows euros.
 */
public final class ChartCustomizer extends JRAbstractChartCustomizer {

    static final String MONEY = "nl.voortgang.chart.money";

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        Locale locale = (Locale) getParameterValue(JRParameter.REPORT_LOCALE, true);
        if (locale == null) {
            locale = Locale.getDefault();
        }
        boolean money = jasperChart.getPropertiesMap() != null && "true".equals(jasperChart.getPropertiesMap().getProperty(MONEY));
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
            axis.setNumberFormatOverride(new DecimalFormat(money ? "€ #,##0" : "#,##0", DecimalFormatSymbols.getInstance(locale)));
            axis.setAutoRangeMinimumSize(1.0);
            axis.setLowerBound(0);
        }
        // a narrow chart beside a table leaves its year labels ("t/m 2019") a third of the width, not a fifth, so they are not cut
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(money ? 0.18 : 0.3);
            bars.setItemMargin(0.04);
        }
    }
}
