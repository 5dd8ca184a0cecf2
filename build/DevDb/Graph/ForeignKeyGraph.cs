using DevDb.Common;

namespace DevDb.Graph;

/// <summary>One foreign key: <see cref="Child"/>(<see cref="ChildColumns"/>) references <see cref="Parent"/>(<see cref="ParentColumns"/>).</summary>
public sealed record ForeignKey(string Name, TableName Child, IReadOnlyList<string> ChildColumns, TableName Parent, IReadOnlyList<string> ParentColumns, bool Virtual = false)
{
    public bool Equals(ForeignKey? other) => other is not null && Name == other.Name && Child == other.Child && Parent == other.Parent
        && ChildColumns.SequenceEqual(other.ChildColumns) && ParentColumns.SequenceEqual(other.ParentColumns) && Virtual == other.Virtual;

    public override int GetHashCode() => HashCode.Combine(Name, Child, Parent);

    public bool IsSelfReference => Child == Parent;
    public override string ToString() => $"{Child}({string.Join(", ", ChildColumns)}) -> {Parent}({string.Join(", ", ParentColumns)})";
}

/// <summary>
/// The tables and foreign keys of the developer database, as a small pure model: built from one
/// catalog query, it decides the order in which closure visits foreign keys. SQL is made elsewhere.
/// </summary>
public sealed class ForeignKeyGraph
{
    public ForeignKeyGraph(IEnumerable<TableName> tables, IEnumerable<ForeignKey> foreignKeys)
    {
        Tables = tables.Distinct().Order().ToList();
        var known = Tables.ToHashSet();
        ForeignKeys = foreignKeys.Where(fk => known.Contains(fk.Child) && known.Contains(fk.Parent))
            .OrderBy(fk => fk.Child).ThenBy(fk => fk.Name, StringComparer.Ordinal).ToList();
        foreach (var fk in ForeignKeys)
            if (fk.ChildColumns.Count != fk.ParentColumns.Count || fk.ChildColumns.Count == 0)
                throw new ArgumentException($"foreign key {fk.Name} has mismatched columns");
    }

    public IReadOnlyList<TableName> Tables { get; }
    public IReadOnlyList<ForeignKey> ForeignKeys { get; }

    public IEnumerable<ForeignKey> ParentsOf(TableName child) => ForeignKeys.Where(fk => fk.Child == child);
    public IEnumerable<ForeignKey> ChildrenOf(TableName parent) => ForeignKeys.Where(fk => fk.Parent == parent);

    /// <summary>
    /// Groups of tables that reference each other in a cycle (strongly connected components),
    /// ordered so that referencing tables come before the tables they reference. Visiting foreign
    /// keys in this order fetches a whole chain of parents in one closure round.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TableName>> ComponentsChildrenFirst()
    {
        // Tarjan's algorithm emits a component only after every component it references (its
        // parents), so its output is parents first; reversed, children first.
        var index = new Dictionary<TableName, int>();
        var lowLink = new Dictionary<TableName, int>();
        var onStack = new HashSet<TableName>();
        var stack = new Stack<TableName>();
        var result = new List<IReadOnlyList<TableName>>();
        var counter = 0;

        foreach (var table in Tables)
            if (!index.ContainsKey(table)) Visit(table);

        result.Reverse();
        return result;

        void Visit(TableName start)
        {
            // Iterative depth-first search: deep chains must not overflow the stack.
            var work = new Stack<(TableName table, IEnumerator<TableName> parents)>();
            Enter(start);
            while (work.Count > 0)
            {
                var (table, parents) = work.Peek();
                if (parents.MoveNext())
                {
                    var parent = parents.Current;
                    if (!index.ContainsKey(parent)) Enter(parent);
                    else if (onStack.Contains(parent)) lowLink[table] = Math.Min(lowLink[table], index[parent]);
                    continue;
                }
                work.Pop();
                if (work.Count > 0)
                {
                    var caller = work.Peek().table;
                    lowLink[caller] = Math.Min(lowLink[caller], lowLink[table]);
                }
                if (lowLink[table] != index[table]) continue;
                var component = new List<TableName>();
                TableName member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                } while (member != table);
                component.Sort();
                result.Add(component);
            }

            void Enter(TableName table)
            {
                index[table] = lowLink[table] = counter++;
                stack.Push(table);
                onStack.Add(table);
                var parents = ParentsOf(table).Select(fk => fk.Parent).Distinct().Order().ToList();
                work.Push((table, parents.GetEnumerator()));
            }
        }
    }

    /// <summary>
    /// Foreign keys in the order closure visits them: children's keys before their parents' keys, and a
    /// table's self-reference before its other keys, so that they see the rows it brings in the same round.
    /// </summary>
    public IReadOnlyList<ForeignKey> ClosureOrder()
    {
        var position = new Dictionary<TableName, int>();
        var components = ComponentsChildrenFirst();
        for (var i = 0; i < components.Count; i++)
            foreach (var t in components[i]) position[t] = i;
        return ForeignKeys.OrderBy(fk => position[fk.Child]).ThenBy(fk => fk.Child).ThenBy(fk => fk.IsSelfReference ? 0 : 1)
            .ThenBy(fk => fk.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether some table reaches itself through foreign keys (self-references included).</summary>
    public bool HasCycle => ComponentsChildrenFirst().Any(c => c.Count > 1) || ForeignKeys.Any(fk => fk.IsSelfReference);
}
