using DevDb.Common;
using DevDb.Configuration;
using DevDb.Graph;
using Xunit;

namespace DevDb.Tests.Unit;

public class ForeignKeyGraphTests
{
    static TableName T(string name) => new("public", name);
    static ForeignKey Fk(string child, string parent, string column = "parent_id") => new($"{child}_{column}_fkey", T(child), [column], T(parent), ["id"]);

    static int Position(IReadOnlyList<ForeignKey> order, string child, string parent) =>
        order.ToList().FindIndex(fk => fk.Child == T(child) && fk.Parent == T(parent));

    [Fact]
    public void A_chain_is_visited_children_first_so_one_round_fetches_it_all()
    {
        var graph = new ForeignKeyGraph([T("a"), T("b"), T("c"), T("d")], [Fk("c", "d"), Fk("a", "b"), Fk("b", "c")]);
        var order = graph.ClosureOrder();
        Assert.True(Position(order, "a", "b") < Position(order, "b", "c"));
        Assert.True(Position(order, "b", "c") < Position(order, "c", "d"));
        Assert.False(graph.HasCycle);
    }

    [Fact]
    public void A_diamond_visits_both_sides_before_the_shared_parent()
    {
        var graph = new ForeignKeyGraph([T("top"), T("left"), T("right"), T("bottom")],
            [Fk("bottom", "left", "l"), Fk("bottom", "right", "r"), Fk("left", "top"), Fk("right", "top")]);
        var order = graph.ClosureOrder();
        Assert.True(Position(order, "bottom", "left") < Position(order, "left", "top"));
        Assert.True(Position(order, "bottom", "right") < Position(order, "right", "top"));
    }

    [Fact]
    public void Self_references_and_cycles_form_components()
    {
        var graph = new ForeignKeyGraph([T("store"), T("staff"), T("customer"), T("orders")],
            [Fk("store", "staff", "manager_id"), Fk("staff", "store", "store_id"), Fk("customer", "customer", "referred_by"), Fk("orders", "customer")]);
        var components = graph.ComponentsChildrenFirst();
        Assert.Contains(components, c => c.SequenceEqual([T("staff"), T("store")]));
        Assert.True(graph.HasCycle);
        Assert.Equal(4, graph.ClosureOrder().Count);
        var order = graph.ClosureOrder();
        Assert.True(Position(order, "orders", "customer") < Position(order, "customer", "customer"));
    }

    [Fact]
    public void A_self_reference_is_followed_before_the_tables_other_keys_so_they_see_the_rows_it_brings()
    {
        // "address_id" sorts before "referred_by": by name alone the address key would come first
        var graph = new ForeignKeyGraph([T("customer"), T("address")], [Fk("customer", "address", "address_id"), Fk("customer", "customer", "referred_by")]);
        var order = graph.ClosureOrder();
        Assert.True(Position(order, "customer", "customer") < Position(order, "customer", "address"));
    }

    [Fact]
    public void Order_is_deterministic_whatever_the_input_order()
    {
        ForeignKey[] fks = [Fk("a", "b"), Fk("b", "c"), Fk("c", "a"), Fk("d", "a"), Fk("e", "d")];
        var one = new ForeignKeyGraph([T("a"), T("b"), T("c"), T("d"), T("e")], fks).ClosureOrder();
        var two = new ForeignKeyGraph([T("e"), T("d"), T("c"), T("b"), T("a")], fks.Reverse()).ClosureOrder();
        Assert.Equal(one, two);
    }

    [Fact]
    public void Keys_to_tables_outside_the_graph_are_ignored()
    {
        var graph = new ForeignKeyGraph([T("a")], [Fk("a", "elsewhere")]);
        Assert.Empty(graph.ForeignKeys);
    }

    [Fact]
    public void A_long_chain_does_not_overflow()
    {
        var tables = Enumerable.Range(0, 20000).Select(i => T("t" + i)).ToList();
        var fks = Enumerable.Range(0, 19999).Select(i => Fk("t" + i, "t" + (i + 1))).ToList();
        Assert.Equal(20000, new ForeignKeyGraph(tables, fks).ComponentsChildrenFirst().Count);
    }
}

public class BlockSamplerTests
{
    static readonly TableName Table = new("public", "orders");

    [Fact]
    public void Same_seed_same_blocks_other_seed_other_blocks()
    {
        var a = BlockSample.Plan(100_000, 1, 42, Table);
        Assert.Equal(a.Ranges, BlockSample.Plan(100_000, 1, 42, Table).Ranges);
        Assert.NotEqual(a.Ranges, BlockSample.Plan(100_000, 1, 43, Table).Ranges);
        Assert.NotEqual(a.Ranges, BlockSample.Plan(100_000, 1, 42, new TableName("public", "other")).Ranges);
    }

    [Theory]
    [InlineData(100_000, 1)]
    [InlineData(100_000, 10)]
    [InlineData(5_000, 2.5)]
    [InlineData(1_000, 50)]
    public void Reads_about_the_percent_of_blocks_in_few_range_scans(long pages, double percent)
    {
        var sample = BlockSample.Plan(pages, percent, 7, Table);
        var read = sample.Ranges.Sum(r => Math.Min(r.End, pages) - r.Start);
        var wanted = pages * percent / 100;
        Assert.InRange(read, wanted, wanted * 1.1 + 64);
        Assert.True(sample.Ranges.Count <= BlockSample.MaximumRanges);
        Assert.Equal(1, sample.RowFraction);
        Assert.All(sample.Ranges, r => Assert.True(r.Start < r.End && r.Start < pages));
        Assert.Equal(sample.Ranges.OrderBy(r => r.Start), sample.Ranges);
    }

    [Fact]
    public void A_small_table_reads_few_blocks_and_keeps_a_fraction_of_rows()
    {
        var sample = BlockSample.Plan(100, 1, 42, Table);
        Assert.Equal(BlockSample.MinimumBlocks, sample.Ranges.Sum(r => Math.Min(r.End, 100) - r.Start));
        Assert.Equal(0.01 * 100 / BlockSample.MinimumBlocks, sample.RowFraction, 6);
    }

    [Fact]
    public void A_tiny_table_is_read_whole_with_rows_kept_by_hash()
    {
        var sample = BlockSample.Plan(3, 10, 42, Table);
        Assert.Equal([new BlockRange(0, BlockSample.EndOfTable)], sample.Ranges);
        Assert.Equal(0.1, sample.RowFraction, 6);
    }

    [Fact]
    public void All_of_it_is_one_range()
    {
        var sample = BlockSample.Plan(1234, 100, 42, Table);
        Assert.Equal([new BlockRange(0, BlockSample.EndOfTable)], sample.Ranges);
        Assert.Equal(1, sample.RowFraction);
    }
}

public class PlanEstimatorTests
{
    static TableName T(string name) => new("public", name);
    static LocalTable Table(string name) => new(T(name), ["id", "parent_id"], ["id"], ["id"], ["id", "parent_id"]);

    [Fact]
    public void A_sample_references_the_expected_share_of_distinct_parents()
    {
        var fk = new ForeignKey("fk", T("child"), ["parent_id"], T("parent"), ["id"]);
        // 10,000 children over 1,000 parents (10 each): a 10% sample misses a parent with probability 0.9^10.
        var share = PlanEstimator.ReferencedShare(fk, 0.1, 10_000, 1_000, new KeyStatistics(1_000, 0));
        Assert.Equal(1 - Math.Pow(0.9, 10), share, 6);
        // n_distinct as a negative share of rows, and NULLs that reference nothing
        Assert.Equal(PlanEstimator.ReferencedShare(fk, 0.1, 10_000, 1_000, new KeyStatistics(-0.1, 0)), share, 6);
        Assert.True(PlanEstimator.ReferencedShare(fk, 0.1, 10_000, 1_000, new KeyStatistics(1_000, 0.5)) < share);
        Assert.Equal(0, PlanEstimator.ReferencedShare(fk, 0, 10_000, 1_000, null));
    }

    [Fact]
    public void A_chain_grows_towards_its_roots_and_children_do_not_feed_back_into_their_own_key()
    {
        var tables = new[] { Table("parent"), Table("child") };
        var fk = new ForeignKey("fk", T("child"), ["parent_id"], T("parent"), ["id"]);
        var rows = new Dictionary<TableName, double> { [T("parent")] = 1_000, [T("child")] = 10_000 };
        var stats = new Dictionary<ForeignKey, KeyStatistics> { [fk] = new(1_000, 0) };

        var plain = new SamplingModel(tables, [fk], DevDbConfig.Empty);
        var estimate = PlanEstimator.Run(plain, rows, new Dictionary<TableName, double> { [T("child")] = 1_000 }, stats);
        Assert.Equal(1_000 * (1 - Math.Pow(0.9, 10)), estimate.Single(e => e.Table == T("parent")).AfterClosure, 0);
        Assert.Equal(1_000, estimate.Single(e => e.Table == T("child")).AfterClosure, 0);

        var config = ConfigLoader.Parse("relations:\n  - { from: public.child(parent_id), to: public.parent(id), include: children, max_per_parent: 2 }\n");
        var withChildren = new SamplingModel(tables, [fk], config);
        estimate = PlanEstimator.Run(withChildren, rows, new Dictionary<TableName, double> { [T("parent")] = 100 }, stats);
        Assert.Equal(100, estimate.Single(e => e.Table == T("parent")).AfterClosure, 0);
        Assert.Equal(200, estimate.Single(e => e.Table == T("child")).AfterClosure, 0);
    }

    [Theory]
    [InlineData("all", 1000)]
    [InlineData("none", 0)]
    [InlineData("{ percent: 5 }", 50)]
    [InlineData("{ limit: 30 }", 30)]
    [InlineData("{ where: \"x\" }", 200)]
    [InlineData("{ where: \"x\", limit: 30 }", 30)]
    [InlineData("{ where: \"x\", percent: 50 }", 100)]
    public void Seeds_follow_the_rule(string rule, double expected)
    {
        var parsed = ConfigLoader.Parse("default: " + rule).Default;
        Assert.Equal(expected, PlanEstimator.Seeded(parsed, 1000, parsed.Where is null ? null : 200), 6);
    }
}

public class ClosureRouteTests
{
    static TableName T(string name) => new("public", name);

    // orders <- order_line(order_id, line_no) <- shipment(order_id, line_no), as in the benchmark
    static readonly LocalTable[] Tables =
    [
        new(T("orders"), ["id"], ["id"], ["id"], ["id"]),
        new(T("product"), ["id"], ["id"], ["id"], ["id"]),
        new(T("order_line"), ["order_id", "line_no", "product_id"], ["order_id", "line_no"], ["order_id", "line_no"], ["order_id", "line_no", "product_id"]),
        new(T("shipment"), ["id", "order_id", "line_no"], ["id"], ["id"], ["id", "order_id", "line_no"]),
    ];

    static readonly ForeignKey LineToOrder = new("order_line_order_id_fkey", T("order_line"), ["order_id"], T("orders"), ["id"]);
    static readonly ForeignKey LineToProduct = new("order_line_product_id_fkey", T("order_line"), ["product_id"], T("product"), ["id"]);
    static readonly ForeignKey ShipmentToLine = new("shipment_line_fkey", T("shipment"), ["order_id", "line_no"], T("order_line"), ["order_id", "line_no"]);

    static SamplingModel Model(string yaml, params ForeignKey[] keys) => new(Tables, keys.Length > 0 ? keys : [LineToOrder, LineToProduct, ShipmentToLine], ConfigLoader.Parse(yaml));

    const string LinesWithOrders = "relations:\n  - { from: public.order_line(order_id), to: public.orders(id), include: children }\n";

    [Fact]
    public void A_reference_to_rows_that_come_with_their_parent_fetches_that_parent_instead()
    {
        var route = Assert.Single(Model(LinesWithOrders).Routes);
        Assert.Equal(ShipmentToLine, route.Key);
        Assert.Equal(T("shipment"), route.Value.Child);
        Assert.Equal(["order_id"], route.Value.ChildColumns);
        Assert.Equal(T("orders"), route.Value.Parent);
        Assert.Equal(["id"], route.Value.ParentColumns);
    }

    [Fact]
    public void A_cap_on_children_keeps_the_route_since_the_reference_is_followed_afterwards()
    {
        Assert.Single(Model(LinesWithOrders.Replace("include: children", "include: children, max_per_parent: 2")).Routes);
    }

    [Fact]
    public void Without_children_of_that_parent_the_reference_is_followed_directly()
    {
        Assert.Empty(Model("").Routes);
        // lines come with their products, but the shipment's reference does not name the product
        Assert.Empty(Model("relations:\n  - { from: public.order_line(product_id), to: public.product(id), include: children }\n").Routes);
    }

    [Fact]
    public void A_masked_or_virtual_reference_is_followed_directly()
    {
        Assert.Empty(Model(LinesWithOrders + "mask:\n  public.order_line.line_no: hash\n").Routes);
        Assert.Empty(Model(LinesWithOrders + "  - { from: \"public.shipment(order_id, line_no)\", to: \"public.order_line(order_id, line_no)\", virtual: true }\n",
            LineToOrder, LineToProduct).Routes);
    }
}
