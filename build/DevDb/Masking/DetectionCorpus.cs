using System.Diagnostics;
using System.Globalization;
using DevDb.Common;
using YamlDotNet.RepresentationModel;

namespace DevDb.Masking;

/// <summary>A corpus schema's labels: the columns a person judged personal, and those that could go either way. Every other column is not personal.</summary>
public sealed record CorpusLabels(string Name, IReadOnlySet<ColumnName> Personal, IReadOnlySet<ColumnName> Borderline)
{
    /// <summary>Reads <c>NAME.labels.yml</c>: <c>personal:</c> and <c>borderline:</c> lists of schema.table.column.</summary>
    public static CorpusLabels Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        IReadOnlySet<ColumnName> List(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode items
            ? items.Children.Select(i => ColumnName.Parse(((YamlScalarNode)i).Value!)).ToHashSet()
            : new HashSet<ColumnName>();
        var name = Path.GetFileName(path);
        return new CorpusLabels(name[..name.IndexOf('.')], List("personal"), List("borderline"));
    }
}

/// <summary>
/// Detection against a labelled schema: recall over the personal columns (how many were flagged) and
/// precision over the flagged ones (how many were personal or borderline: flagging a borderline column
/// is not a false alarm, and missing one is not a miss).
/// </summary>
public sealed record DetectionScore(string Name, int Columns, int Personal, int Borderline, int Flagged,
    IReadOnlyList<ColumnName> Misses, IReadOnlyList<PersonalColumn> FalseAlarms, TimeSpan DetectionTime)
{
    public int Found => Personal - Misses.Count;
    public int Right => Flagged - FalseAlarms.Count;
    public double Recall => Personal == 0 ? 1 : (double)Found / Personal;
    public double Precision => Flagged == 0 ? 1 : (double)Right / Flagged;

    public static DetectionScore Of(CorpusLabels labels, IReadOnlyCollection<ColumnName> columns, IReadOnlyList<PersonalColumn> flagged, TimeSpan time)
    {
        var unknown = labels.Personal.Concat(labels.Borderline).Where(c => !columns.Contains(c)).ToList();
        if (unknown.Count > 0)
            throw new DevDbException($"{labels.Name}.labels.yml names columns the schema does not have: {string.Join(", ", unknown.Take(5))}", ExitCodes.BadInput);
        var flaggedColumns = flagged.Select(f => f.Column).ToHashSet();
        return new DetectionScore(labels.Name, columns.Count, labels.Personal.Count, labels.Borderline.Count, flagged.Count,
            labels.Personal.Where(c => !flaggedColumns.Contains(c)).Order().ToList(),
            flagged.Where(f => !labels.Personal.Contains(f.Column) && !labels.Borderline.Contains(f.Column)).ToList(),
            time);
    }

    public static DetectionScore Total(IReadOnlyList<DetectionScore> scores) => new("all", scores.Sum(s => s.Columns), scores.Sum(s => s.Personal),
        scores.Sum(s => s.Borderline), scores.Sum(s => s.Flagged), scores.SelectMany(s => s.Misses).ToList(), scores.SelectMany(s => s.FalseAlarms).ToList(),
        TimeSpan.FromTicks(scores.Sum(s => s.DetectionTime.Ticks)));

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-16} {Columns,7:N0} {Personal,9} {Borderline,11} {Flagged,8} {Recall,7:0.000} {Precision,10:0.000} {DetectionTime.TotalMilliseconds,9:0} ms");

    public const string Header = "schema           columns  personal  borderline  flagged  recall  precision  detection";
}

/// <summary>The labelled schemas under sql/corpus/: each NAME.sql with its NAME.labels.yml.</summary>
public static class DetectionCorpus
{
    public static IReadOnlyList<string> Schemas(string repositoryRoot) =>
        Directory.GetFiles(Path.Combine(repositoryRoot, "sql", "corpus"), "*.labels.yml").Select(p => Path.GetFileName(p)[..^".labels.yml".Length]).Order(StringComparer.Ordinal).ToList();

    public static CorpusLabels Labels(string repositoryRoot, string schema) => CorpusLabels.Load(Path.Combine(repositoryRoot, "sql", "corpus", schema + ".labels.yml"));

    /// <summary>Detection over a database that holds a corpus schema, scored against its labels, as every action runs it (with no decisions yet).</summary>
    public static (DetectionScore Score, List<PersonalColumn> Flagged) Evaluate(DevDbSettings settings, Connections.Database production, CorpusLabels labels)
    {
        var schemas = Processes.Preflight.ResolveSchemas(settings, production).ToArray();
        // the catalog is read by every action anyway: detection's own cost is what comes after it
        var model = Processes.ModelLoader.Read(settings, production, schemas);
        var clock = Stopwatch.StartNew();
        var flagged = PersonalData.Find(settings, production, model);
        var time = clock.Elapsed;
        var columns = model.Tables.Values.SelectMany(t => t.AllColumns.Select(c => new ColumnName(t.Name, c))).ToHashSet();
        return (DetectionScore.Of(labels, columns, flagged, time), flagged);
    }

    /// <summary>Prints each schema's figures, the total, and every miss and false alarm.</summary>
    public static void Print(Reporter report, IReadOnlyList<DetectionScore> scores)
    {
        var total = DetectionScore.Total(scores);
        report.Info(DetectionScore.Header);
        foreach (var score in scores) report.Info(score.Line());
        report.Info(total.Line());
        report.Info(string.Create(CultureInfo.InvariantCulture, $"Recall {total.Recall:0.000} ({total.Found} of {total.Personal} personal columns flagged), precision {total.Precision:0.000} ({total.Right} of {total.Flagged} flagged columns personal or borderline); detection took {total.DetectionTime.TotalMilliseconds:0} ms for {total.Columns:N0} columns"));
        if (total.Misses.Count > 0) report.Info("Missed (personal, not flagged):\n" + string.Join("\n", total.Misses.Select(m => "  " + m)));
        if (total.FalseAlarms.Count > 0) report.Info("False alarms (flagged, labelled not personal):\n" + string.Join("\n", total.FalseAlarms.Select(f => $"  {f.Column}: {f.Kind.Describe()} ({f.Reason})")));
    }
}
