using DevDb.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace DevDb.Tests.Integration;

/// <summary>
/// A reference into rows that come as children of their own parent (shipment items to order lines,
/// lines included with their orders) brings those parents and lets the children come with them,
/// instead of fetching the rows twice.
/// </summary>
public class ClosureRouteTests(ITestOutputHelper output) : IDisposable
{
    readonly DatabasePair _pair = new("shop.sql");

    const string Config = """
        default: none
        tables:
          public.shipment_item: { where: "id % 10 = 0" }
        relations:
          - { from: public.order_line(order_id), to: public.orders(id), include: children }
        """;

    const string OrdersOfSampledItems = "SELECT DISTINCT order_id FROM shipment_item WHERE id % 10 = 0";

    [Fact]
    public void Referenced_lines_come_with_their_orders_all_of_them_and_none_twice()
    {
        var result = DatabasePair.Build(_pair.Settings(Config, output));
        using var dev = _pair.OpenDevelopment();
        using var prod = _pair.OpenProduction();
        Assert.Equal(DatabasePair.Scalar<long>(prod, $"SELECT count(*) FROM ({OrdersOfSampledItems}) o"), _pair.Count(dev, "public.orders"));
        Assert.Equal(DatabasePair.Scalar<long>(prod, $"SELECT count(*) FROM order_line WHERE order_id IN ({OrdersOfSampledItems})"), _pair.Count(dev, "public.order_line"));
        Assert.Equal(_pair.Count(dev, "public.order_line"), result["public.order_line"].AddedAsChildren);
        Assert.Equal(0, result["public.order_line"].AddedByClosure);
        Checks.AssertForeignKeysHold(dev);
    }

    [Fact]
    public void Referenced_lines_past_the_cap_are_fetched_by_the_reference_afterwards()
    {
        var result = DatabasePair.Build(_pair.Settings(Config.Replace("include: children", "include: children, max_per_parent: 1"), output));
        using var dev = _pair.OpenDevelopment();
        using var prod = _pair.OpenProduction();
        // each order's first line, and every line a sampled item ships
        var expected = DatabasePair.Scalar<long>(prod, $"""
            SELECT count(*) FROM (
                SELECT order_id, line_no FROM order_line WHERE line_no = 1 AND order_id IN ({OrdersOfSampledItems})
                UNION SELECT order_id, line_no FROM shipment_item WHERE id % 10 = 0) lines
            """);
        Assert.Equal(expected, _pair.Count(dev, "public.order_line"));
        Assert.True(result["public.order_line"].AddedByClosure > 0, "lines past the cap come through the reference");
        Assert.Equal(0, DatabasePair.Scalar<long>(dev, "SELECT count(*) FROM shipment_item s WHERE NOT EXISTS (SELECT 1 FROM order_line l WHERE (l.order_id, l.line_no) = (s.order_id, s.line_no))"));
        Checks.AssertForeignKeysHold(dev);
    }

    public void Dispose() => _pair.Dispose();
}
