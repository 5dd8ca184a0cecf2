using System.Diagnostics;
using System.Globalization;
using DevDb.Common;
using DevDb.Configuration;
using DevDb.Connections;
using DevDb.Graph;
using DevDb.Masking;
using Npgsql;
using NpgsqlTypes;
using Spectre.Console;

namespace DevDb.Processes;

/// <summary>What populate did to one table.</summary>
public sealed record TableLoad(TableName Table, SamplingRule Rule, string RuleSource, long Seeded, long AddedByClosure, long AddedAsChildren, long Nullified, TimeSpan Time)
{
    public long Rows => Seeded + AddedByClosure + AddedAsChildren;
}

/// <param name="Loading">Sampling, closure, masking and loading: populate without its verification and statistics.</param>
public sealed record PopulateResult(IReadOnlyList<TableLoad> Tables, int ClosureRounds, VerifyReport Verification, TimeSpan Elapsed, TimeSpan Loading)
{
    public long TotalRows => Tables.Sum(t => t.Rows);
    public TableLoad this[string table] => Tables.Single(t => t.Table == TableName.Parse(table));
}

/// <summary>
/// Process 3: empties the local tables and fills them, in one transaction, with the rows the rules
/// choose, the children that relations include, and every parent those rows reference, fetched
/// from production by key until nothing is missing; then cuts the nullified references, verifies,
/// and commits. One transaction means one snapshot of production and, on any failure, the previous
/// contents left as they were.
/// </summary>
public static class PopulateProcess
{
    public static PopulateResult Run(DevDbSettings settings, ProductionFacts production)
    {
        var clock = Stopwatch.StartNew();
        var result = Load(settings, production, clock);
        SetupProcess.SwapIn(settings);
        return result;
    }

    static PopulateResult Load(DevDbSettings settings, ProductionFacts production, Stopwatch clock)
    {
        var sql = settings.Sql;
        var report = settings.Reporter;
        using var dev = settings.OpenTarget();
        var model = ModelLoader.Load(settings, dev);
        CheckTablesMatchProduction(settings, production, model);

        var graph = model.Graph;
        var rules = graph.Tables.ToDictionary(t => t, t => (rule: settings.Config.RuleFor(t, out var source), source));
        var load = new LoadState(graph.Tables, settings.Config);
        int rounds;
        VerifyReport verification;
        TimeSpan loading;

        using var connections = OpenFetchConnections(settings, dev, model);
        var fetch = new Fetcher(dev, connections);
        using (var transaction = dev.Begin())
        {
            dev.Execute(sql.Load("populate/begin_load.sql"));
            // A build's staging database got its foreign server just now; updating in place uses the
            // one an earlier build made, which must follow the production preflight just checked
            // (moved, or its password rotated since).
            if (settings.Run.Staging is null) SetupProcess.FollowProduction(settings, dev);
            // A parallel build masks on its fetching connections only, and fills a new staging database
            // whose tables are empty: emptying them here would lock them against those connections.
            if (connections is null)
            {
                MaskSession.Begin(settings, dev, model.Masks, forSession: false);
                dev.Execute(sql.Render("populate/truncate.sql", new() { ["tables"] = new SqlFragment(string.Join(", ", graph.Tables.Select(t => t.Quoted))) }));
            }

            report.Step($"Sampling {graph.Tables.Count} tables from production (seed {settings.Config.Seed})");
            foreach (var table in graph.Tables)
            {
                var (rule, source) = rules[table];
                var watch = Stopwatch.StartNew();
                var rows = Seed(settings, fetch, model.Tables[table], model.Masks, rule, production.Pages.GetValueOrDefault(table));
                load.Add(table, rows, watch.Elapsed, LoadState.Kind.Seeded, $"its rule ({rule})");
                report.Info($"  {table,-40} {rule + (source == "table rule" ? "" : $" ({source})"),-28} {rows,10:N0} rows {watch.Elapsed.TotalSeconds,7:0.00} s");
            }

            var inheritance = Inheritance(settings, dev, model);
            MoveInheritedRows(settings, fetch, model, inheritance, load);
            rounds = Close(settings, dev, fetch, model, load);
            MoveInheritedRows(settings, fetch, model, inheritance, load);
            connections?.Dispose();
            Nullify(settings, dev, model, load);
            ResetSequences(settings, dev, model.Schemas);

            loading = clock.Elapsed;
            verification = Verifier.Run(settings, dev, model);
            verification.Print(report);
            if (!verification.Passed)
                throw new DevDbException($"verification failed ({verification.FailureSummary}); the developer database was left as it was");
            transaction.Commit();
        }

        dev.Execute(sql.Render("populate/analyze.sql", new() { ["tables"] = new SqlFragment(string.Join(", ", graph.Tables.Select(t => t.Quoted))) }));

        var result = new PopulateResult(
            graph.Tables.Select(t => new TableLoad(t, rules[t].rule, rules[t].source, load.Seeded[t], load.Parents[t], load.Children[t], load.NullifiedRows[t], load.Time[t])).ToList(),
            rounds, verification, clock.Elapsed, loading);
        PrintSummary(report, result);
        StepSummary.Populated(settings, result, model.Masks);
        return result;
    }

    /// <summary>
    /// The fetching connections of a parallel build, or null: one connection and one snapshot of
    /// production, always when the developer database is updated in place (UpdateDevDbData), since
    /// other connections could neither see nor be undone with the load's one transaction.
    /// </summary>
    static FetchConnections? OpenFetchConnections(DevDbSettings settings, Database dev, SamplingModel model)
    {
        var masks = model.Masks;
        var parallel = settings.Config.Parallel;
        if (parallel <= 1) return null;
        if (settings.Run.Staging is null)
        {
            settings.Reporter.Info($"parallel: {parallel} applies when a staging database is built (BuildDevDb, UpdateDevDbSchema); updating in place fetches through one connection");
            return null;
        }
        // committed first, so that the fetching connections can call them
        if (masks.Rules.Count > 0) MaskSession.InstallFunctions(settings, dev);
        var connections = FetchConnections.Open(settings, parallel, connection =>
        {
            connection.Execute(settings.Sql.Load("populate/begin_worker.sql"));
            MaskSession.Begin(settings, connection, masks, forSession: true);
            if (model.Tables.Values.FirstOrDefault() is { } table)
                connection.Execute(settings.Sql.Render("populate/warm_up.sql", new() { ["foreign_table"] = table.Foreign }));
        });
        if (masks.Rules.Count > 0) MaskSession.Report(settings, masks);
        settings.Reporter.Info($"Fetching through {parallel} connections at once (parallel: {parallel}): each reads its own snapshot of production, step by step");
        return connections;
    }

    /// <summary>
    /// Runs the statements that write production's rows: on the load's connection, in its one
    /// transaction, or spread over a parallel build's fetching connections, committed step by step.
    /// </summary>
    sealed class Fetcher(Database load, FetchConnections? connections)
    {
        public FetchConnections? Connections => connections;

        /// <summary>
        /// One statement per argument list, in parallel where there are connections for it, else all in
        /// one round trip on the load's connection; the rows written.
        /// </summary>
        public long Each(string sql, IEnumerable<Func<object[]>> arguments)
        {
            if (connections is null) return load.ExecuteEach(sql, arguments.Select(a => a()));
            long rows = 0;
            connections.Run(arguments, (connection, a) => Interlocked.Add(ref rows, connection.Execute(sql, a())));
            return rows;
        }

        public long One(string sql, params object[] arguments) => Each(sql, [() => arguments]);
    }

    /// <summary>Row counts as the load goes, and the size budget checked after every statement.</summary>
    sealed class LoadState(IEnumerable<TableName> tables, DevDbConfig config)
    {
        public enum Kind { Seeded, Parents, Children }

        public readonly Dictionary<TableName, long> Seeded = tables.ToDictionary(t => t, _ => 0L);
        public readonly Dictionary<TableName, long> Parents = tables.ToDictionary(t => t, _ => 0L);
        public readonly Dictionary<TableName, long> Children = tables.ToDictionary(t => t, _ => 0L);
        public readonly Dictionary<TableName, long> NullifiedRows = tables.ToDictionary(t => t, _ => 0L);
        public readonly Dictionary<TableName, TimeSpan> Time = tables.ToDictionary(t => t, _ => TimeSpan.Zero);

        /// <summary>Rows counted for an inheritance parent that belong to its child table.</summary>
        public void Move(TableName parent, TableName child, long rows, TimeSpan time)
        {
            var fromSeeds = Math.Min(rows, Seeded[parent]);
            Seeded[parent] -= fromSeeds;
            Parents[parent] -= rows - fromSeeds;
            Seeded[child] += fromSeeds;
            Parents[child] += rows - fromSeeds;
            Time[child] += time;
        }

        public void Add(TableName table, long rows, TimeSpan time, Kind kind, string cause)
        {
            (kind switch { Kind.Seeded => Seeded, Kind.Parents => Parents, _ => Children })[table] += rows;
            Time[table] += time;
            var total = Seeded[table] + Parents[table] + Children[table];
            if (rows > 0 && config.BudgetFor(table) is { } budget && total > budget)
                throw new DevDbException(
                    $"{table} would hold {total:N0} rows, over its max_rows of {budget:N0}, after following {cause} (+{rows:N0} rows); sample less upstream, cap children with max_per_parent, cut the reference with nullify, or raise max_rows. The developer database was left as it was",
                    ExitCodes.BadInput);
        }
    }

    static void CheckTablesMatchProduction(DevDbSettings settings, ProductionFacts production, SamplingModel model)
    {
        foreach (var table in settings.Config.Tables.Keys.Order())
            if (!model.Tables.ContainsKey(table))
                throw new DevDbException($"table {table} has a rule but is not in the developer database; run ./build.sh --target=UpdateDevDbSchema to bring in production's schema", ExitCodes.BadInput);
        var productionTables = production.Tables.ToHashSet();
        var gone = model.Tables.Keys.Where(t => !productionTables.Contains(t)).Order().ToList();
        if (gone.Count > 0)
            throw new DevDbException($"production no longer has table {string.Join(", ", gone)}; run ./build.sh --target=UpdateDevDbSchema to follow its schema", ExitCodes.BadInput);
        var notLocal = production.Tables.Where(t => !model.Tables.ContainsKey(t)).ToList();
        if (notLocal.Count > 0)
            settings.Reporter.Warn($"production has tables the developer database lacks ({string.Join(", ", notLocal.Take(5))}{(notLocal.Count > 5 ? ", ..." : "")}); run UpdateDevDbSchema to add them");
    }

    static long Seed(DevDbSettings settings, Fetcher fetch, LocalTable table, MaskPlan masks, SamplingRule rule, long pages)
    {
        var fragments = SqlShapes.Table(table, masks);
        fragments["where"] = Preflight.UserCondition(rule.Where);
        switch (rule.Kind)
        {
            case RuleKind.None:
                return 0;
            case RuleKind.Percent:
            {
                var statement = settings.Sql.Render("populate/seed_blocks.sql", fragments);
                var sample = BlockSample.Plan(pages, rule.Percent!.Value, settings.Config.Seed, table.Name);
                return fetch.Each(statement, sample.Ranges.Select(range =>
                    (Func<object[]>)(() => [Tid(range.Start), Tid(range.End), sample.RowFraction, (long)settings.Config.Seed])));
            }
            default:
            {
                fragments["order_by"] = rule.Limit is not null && table.PrimaryKey.Count > 0
                    ? new SqlFragment("ORDER BY " + string.Join(", ", table.PrimaryKey.Select(c => "source." + Sql.Quote(c))))
                    : new SqlFragment("");
                var statement = settings.Sql.Render("populate/seed_rows.sql", fragments);
                return fetch.One(statement, new Npgsql.NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)rule.Limit ?? DBNull.Value });
            }
        }
    }

    static Npgsql.NpgsqlParameter Tid(long block) =>
        new() { NpgsqlDbType = NpgsqlDbType.Tid, Value = new NpgsqlTid((uint)Math.Min(block, uint.MaxValue), 0) };

    /// <summary>
    /// Alternates parent closure (round after round until nothing is missing) with children
    /// expansion (only for parents not expanded before), until neither adds a row.
    /// </summary>
    static int Close(DevDbSettings settings, Database dev, Fetcher fetch, SamplingModel model, LoadState load)
    {
        var sql = settings.Sql;
        // the model computes these orders from the graph on every use: once here, not once per round
        var parentKeys = model.ParentKeys;
        var childKeys = model.ChildKeys;
        var routedKeys = parentKeys.Where(model.Routes.ContainsKey).ToList();
        BatchedStatement ParentStatement(ForeignKey fk, Dictionary<string, SqlFragment> fragments)
        {
            foreach (var (k, v) in SqlShapes.Table(model.Tables[fk.Parent], model.Masks)) fragments.TryAdd(k, v);
            fragments["foreign_parent"] = model.Tables[fk.Parent].Foreign;
            return new BatchedStatement([sql.Render("populate/missing_parent_keys.sql", fragments)], sql.Render("populate/fetch_missing_parents.sql", fragments));
        }
        var parentStatements = parentKeys.ToDictionary(fk => fk, fk =>
            ParentStatement(fk, fk.ParentColumns.Any(c => model.Masks.IsMasked(fk.Parent, c)) ? SqlShapes.MaskedKey(fk, model.Tables[fk.Child]) : SqlShapes.Key(fk)));
        var routeStatements = model.Routes.ToDictionary(r => r.Key, r =>
        {
            var fragments = SqlShapes.Key(r.Value);
            // only child rows whose whole reference is set need the row it names, so only they need its parent
            fragments["child_key_not_null"] = SqlShapes.Key(r.Key)["child_key_not_null"];
            settings.Reporter.Info($"  {r.Key} is followed by way of {r.Value.Parent}: the rows it needs come as children of {r.Value.Parent}");
            return ParentStatement(r.Value, fragments);
        });
        var childStatements = new Dictionary<ForeignKey, BatchedStatement>();
        var index = 0;
        foreach (var fk in childKeys)
        {
            var fragments = SqlShapes.Children(fk, model.Tables[fk.Child], "devdb_expanded_" + (++index).ToString(CultureInfo.InvariantCulture), model.Masks);
            dev.Execute(sql.Render("populate/create_expanded.sql", fragments));
            childStatements[fk] = new BatchedStatement(
                [sql.Render("populate/new_parent_keys.sql", fragments), sql.Render("populate/remember_expanded.sql", fragments)],
                sql.Render("populate/fetch_children.sql", fragments));
        }
        if (parentStatements.Count == 0 && childStatements.Count == 0) return 0;
        var countKeys = sql.Load("populate/count_keys.sql");
        var dropKeys = sql.Load("populate/drop_keys.sql");
        var indexKeys = sql.Load("populate/index_keys.sql");

        // No work repeated between rounds: a key is looked at again only once the table its missing
        // rows are found from (the child, for parents; the parent, for children) has gained rows.
        var inserted = model.Graph.Tables.ToDictionary(t => t, _ => 0L);
        var lookedAt = new Dictionary<(ForeignKey, bool), long>();
        var round = 0;
        while (true)
        {
            round++;
            var perTable = new SortedDictionary<TableName, long>();
            foreach (var fk in parentKeys)
                if (model.Routes.TryGetValue(fk, out var route))
                    Step(route, fk.Child, routeStatements[fk], route.Parent, LoadState.Kind.Parents, $"{fk} by way of {route.Parent}", () => []);
                else
                    Step(fk, fk.Child, parentStatements[fk], fk.Parent, LoadState.Kind.Parents, $"{fk} to its parents", () => []);
            foreach (var fk in childKeys)
                Step(fk, fk.Parent, childStatements[fk], fk.Child, LoadState.Kind.Children, $"{fk} to its children", () => [MaxPerParent(model.ChildrenOf[fk])]);
            // routed keys, once the children have come: the rows still missing (those past max_per_parent)
            foreach (var fk in routedKeys)
                Step(fk, fk.Child, parentStatements[fk], fk.Parent, LoadState.Kind.Parents, $"{fk} to its parents", () => []);
            if (perTable.Count == 0) break;
            settings.Reporter.Info($"  round {round}: {perTable.Values.Sum():N0} rows ({string.Join(", ", perTable.Select(p => $"{p.Key} +{p.Value:N0}"))})");

            // The keys first, into a temporary table; then fetches of a batch of them each.
            void Step(ForeignKey fk, TableName source, BatchedStatement statement, TableName target, LoadState.Kind kind, string cause, Func<object[]> parameters)
            {
                var toParents = kind == LoadState.Kind.Parents;
                if (lookedAt.TryGetValue((fk, toParents), out var seen) && seen == inserted[source]) return;
                lookedAt[(fk, toParents)] = inserted[source];
                var watch = Stopwatch.StartNew();
                // the previous step's keys dropped, this step's gathered and counted: one round trip
                var total = dev.ScalarAfter<long>([dropKeys, .. statement.Keys], countKeys);
                if (total > KeyBatches.FirstBatch) dev.Execute(indexKeys);
                long rows = 0;
                var batches = new KeyBatches(total);
                void Fetched(long added)
                {
                    batches.Fetched(added);
                    load.Add(target, added, watch.Elapsed, kind, cause);   // the budget is checked batch by batch
                    watch.Restart();
                    rows += added;
                    inserted[target] += added;
                }
                if (fetch.Connections is { } connections)
                {
                    var batch = BatchHandOver(settings, dev);
                    connections.Run(batches.Select(range => (range.From, range.To, Keys: batch.Read(range.From, range.To))), (connection, job) =>
                    {
                        connection.Execute(batch.Create, [job.From, .. job.Keys]);
                        var added = connection.Execute(statement.Fetch, [.. parameters(), job.From, job.To]);
                        connection.Execute(dropKeys);
                        lock (load) Fetched(added);
                    });
                }
                else
                    foreach (var (from, to) in batches)
                        Fetched(dev.Execute(statement.Fetch, [.. parameters(), from, to]));
                load.Add(target, 0, watch.Elapsed, kind, cause);
                if (rows > 0) perTable[target] = perTable.GetValueOrDefault(target) + rows;
                // Children fetched along a key reference parents that are local by construction: if
                // every earlier row was looked at for that key's parents, these need not be either.
                if (!toParents && lookedAt.TryGetValue((fk, true), out var parentsSeen) && parentsSeen == inserted[target] - rows)
                    lookedAt[(fk, true)] = inserted[target];
            }
        }
        return round;
    }

    /// <summary>The statements that gather one closure step's keys, and the fetch run once per batch of them.</summary>
    sealed record BatchedStatement(IReadOnlyList<string> Keys, string Fetch);

    /// <summary>
    /// How a batch of the step's keys (in the load's temporary table) reaches a fetching connection:
    /// read as text arrays on the load's connection, and made that connection's own temporary key
    /// table, with the same columns, types and positions, so the step's fetch statement runs unchanged.
    /// </summary>
    sealed record KeyHandOver(string Create, Func<long, long, NpgsqlParameter[]> Read);

    static KeyHandOver BatchHandOver(DevDbSettings settings, Database dev)
    {
        var sql = settings.Sql;
        // types as PostgreSQL writes them (format_type quotes what needs quoting); names quoted here
        var columns = dev.Query(sql.Load("populate/key_columns.sql"), r => (Name: r.GetString(0), Type: r.GetString(1)));
        var read = sql.Render("populate/read_batch_keys.sql", new()
        {
            ["keys_as_text"] = new SqlFragment(string.Join(", ", columns.Select(c => Sql.Quote(c.Name) + "::text"))),
        });
        var create = sql.Render("populate/batch_keys.sql", new()
        {
            ["typed_keys"] = new SqlFragment(string.Join(", ", columns.Select(c => $"batch.{Sql.Quote(c.Name)}::{c.Type} AS {Sql.Quote(c.Name)}"))),
            ["key_arrays"] = new SqlFragment(string.Join(", ", columns.Select((_, i) => $"${(i + 2).ToString(CultureInfo.InvariantCulture)}::text[]"))),
            ["keys"] = SqlFragment.Identifiers(columns.Select(c => c.Name)),
        });
        return new KeyHandOver(create, (from, to) =>
        {
            var values = columns.Select(_ => new List<string>()).ToList();
            dev.Query(read, r =>
            {
                for (var i = 0; i < values.Count; i++) values[i].Add(r.GetString(i));
                return 0;
            }, from, to);
            return values.Select(v => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = v.ToArray() }).ToArray();
        });
    }

    /// <summary>
    /// Inheritance pairs with the key that tells their rows apart: the parent's primary key or, since
    /// children do not inherit that constraint but do inherit its columns, the nearest ancestor's.
    /// </summary>
    static List<(TableName Parent, TableName Child, IReadOnlyList<string> Key)> Inheritance(DevDbSettings settings, Database dev, SamplingModel model)
    {
        var pairs = dev.Query(settings.Sql.Load("populate/inheritance.sql"),
            r => (parent: new TableName(r.GetString(0), r.GetString(1)), child: new TableName(r.GetString(2), r.GetString(3))),
            (object)model.Schemas);
        var parentOf = pairs.GroupBy(p => p.child).ToDictionary(g => g.Key, g => g.First().parent);
        IReadOnlyList<string> KeyOf(TableName table)
        {
            for (TableName? t = table; t is { } current; t = parentOf.TryGetValue(current, out var up) ? up : null)
                if (model.Tables[current].PrimaryKey.Count > 0) return model.Tables[current].PrimaryKey;
            return [];
        }
        var result = pairs.Select(p => (p.parent, p.child, KeyOf(p.parent))).ToList();
        foreach (var (parent, _, _) in result.Where(p => p.Item3.Count == 0).DistinctBy(p => p.parent))
            settings.Reporter.Warn($"{parent} has inheritance children but no primary key: rows of its children read through it cannot be told apart and may appear twice");
        return result.Where(p => p.Item3.Count > 0).ToList();
    }

    /// <summary>Puts rows that production keeps in an inheritance child into that child, shallowest level first.</summary>
    static void MoveInheritedRows(DevDbSettings settings, Fetcher fetch, SamplingModel model, List<(TableName Parent, TableName Child, IReadOnlyList<string> Key)> pairs, LoadState load)
    {
        foreach (var (parent, child, key) in pairs)
        {
            var watch = Stopwatch.StartNew();
            var moved = fetch.One(settings.Sql.Render("populate/move_inherited_rows.sql", SqlShapes.Inheritance(model.Tables[parent], model.Tables[child], key, model.Masks)));
            if (moved == 0) continue;
            load.Move(parent, child, moved, watch.Elapsed);
            settings.Reporter.Info($"  moved {moved:N0} rows read through {parent} to the inheritance child {child}");
        }
    }

    static Npgsql.NpgsqlParameter MaxPerParent(long? cap) => new() { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)cap ?? DBNull.Value };

    static void Nullify(DevDbSettings settings, Database dev, SamplingModel model, LoadState load)
    {
        foreach (var fk in model.Nullified.OrderBy(k => k.Child).ThenBy(k => k.Name, StringComparer.Ordinal))
        {
            var fragments = SqlShapes.Key(fk);
            fragments["set_null"] = new SqlFragment(string.Join(", ", fk.ChildColumns.Select(c => Sql.Quote(c) + " = NULL")));
            var rows = dev.Execute(settings.Sql.Render("populate/nullify.sql", fragments));
            load.NullifiedRows[fk.Child] += rows;
            if (rows > 0) settings.Reporter.Info($"  cut {rows:N0} references {fk} to parents outside the sample (nullify)");
        }
    }

    static void ResetSequences(DevDbSettings settings, Database dev, string[] schemas)
    {
        foreach (var sequence in SequenceUse.Load(settings, dev, schemas))
            if (sequence.MaxValue(settings, dev) is { } max)
                dev.Execute(settings.Sql.Load("populate/set_sequence.sql"), sequence.Sequence.Quoted, max);
    }

    static void PrintSummary(Reporter report, PopulateResult result)
    {
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Border(TableBorder.Simple).Title("Developer database");
        table.AddColumn("Table").AddColumn("Rule").AddColumn(new TableColumn("Sampled").RightAligned())
            .AddColumn(new TableColumn("Parents").RightAligned()).AddColumn(new TableColumn("Children").RightAligned())
            .AddColumn(new TableColumn("Rows").RightAligned()).AddColumn(new TableColumn("Time").RightAligned());
        foreach (var t in result.Tables)
            table.AddRow(Markup.Escape(t.Table.ToString()), Markup.Escape(t.Rule + (t.RuleSource == "table rule" ? "" : $" ({t.RuleSource})")),
                N(t.Seeded), N(t.AddedByClosure), N(t.AddedAsChildren), N(t.Rows), t.Time.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        table.AddEmptyRow();
        table.AddRow("[bold]Total[/]", "", N(result.Tables.Sum(t => t.Seeded)), N(result.Tables.Sum(t => t.AddedByClosure)),
            N(result.Tables.Sum(t => t.AddedAsChildren)), "[bold]" + N(result.TotalRows) + "[/]",
            result.Elapsed.TotalSeconds.ToString("0.00 s", CultureInfo.InvariantCulture));
        report.Write(table);
        report.Info($"Populate took {result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s: {result.Loading.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s sampling, closing, masking and loading, the rest verifying and gathering statistics");
    }
}
