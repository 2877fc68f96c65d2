# Writes Adcme.Tests/Adversarial/CommFuzz/CommFuzzCases.cs: random [Differentiable] programs that communicate, of
# signature  double C<N>(<some of: double a, double b, Tensor u [2,3], Tensor w [2,3], Tensor q [4]>, [int rows, int columns,]
# Communicator comm).
# Usage: python3 gen_comm.py 1 90 > CommFuzzCases.cs   (the committed file is seed 1, 90 programs)
#
# Constructs: arithmetic and smooth Math/Tensor functions (bounded through Tanh/Sin), loops with fixed trip counts,
# branches on values (rank-local ones and replicated ones), on comm.Rank and on comm.Size; every differentiable
# communication operation: Broadcast, AllreduceSum, ReduceSum, AllreduceMin/Max, SendReceive rings (next and previous
# rank), Send/Receive pairs and pipelines in rank branches (sender and receiver always match), messages to the rank
# itself, Receive(like, source, tag), Gather/Scatter/Allgather, HaloExchange (grid from int parameters, or 1 x Size),
# calls to differentiable helpers that communicate, values used and unused; non-blocking messages (Isend/Irecv/Wait,
# then request.Tensor/Value read zero, one or two times): rings (next and previous rank, one or two requests in flight,
# other statements, collectives included, between the start and the Waits, Waits in either order), pairs in rank
# branches (a blocking message of the same sender, receiver and tag before or after each side's Wait), messages to the
# rank itself anywhere; requests inside loops and branches.
# Tokens: in the programs with index % 9 in {1, 3, 5, 7} (4 in 9) every operation threads one token variable tk
# (`…, tk, out tk`, so the chain follows C#'s evaluation order through nested expressions, conditions, loops and both
# sides of branches); the chain starts with comm.Token or with a parameter (`CommToken token`, odd indices, whose first
# operation's out is tk: an out argument must be a local; the tests pass comm.Token). Helpers that communicate are called at statement level there: the chain is closed first
# (comm.Barrier(tk, out _)) and started again after the call (tk = comm.Token), as ADCME017 requires; Wait takes no
# token.
#
# The rules that keep every program valid on any number of ranks:
#   - collectives (and rings, gathers, halo exchanges, helper calls that communicate) only where every rank runs them:
#     never under a branch on comm.Rank or on a rank-local value; conditions with collectives are replicated;
#   - point-to-point messages between ranks only in rank branches whose sender and receiver match, under
#     comm.Size > 1 where a second rank is needed; messages to the rank itself anywhere;
#   - non-blocking requests are waited for exactly once, in the block that started them; rings where every rank runs
#     them, pairs in matching rank branches, messages to the rank itself anywhere;
#   - AllreduceMin/Max only of values that differ between ranks: their argument always includes a parameter
#     ("salt"), each rank's own, so there are no ties (where min and max have no derivative).
# The comment above each program says whether its result is the same on every rank ("replicated": M_Gradient counts
# it once) or rank-local (summed over ranks). That is decided here by provenance, by the rules of
# docs/communication.md ("How replication is decided"), on the program's statement tree (flow-sensitive, branches
# joined, loops to a fixed point), and written into CommFuzzCases.Replicated for the tests.
import random, sys

seed = int(sys.argv[1]); count = int(sys.argv[2])
rnd = random.Random(seed)


class E:
    """An expression: C# code, type ('d' double, 'm' Tensor [2,3], 'q' Tensor [4]), the variables it reads, and
    whether it is rank-local whatever those variables are (comm.Rank, ReduceSum, messages, Gather, Scatter, halo)."""
    def __init__(self, code, ty, deps=frozenset(), local=False):
        self.code, self.ty, self.deps, self.local = code, ty, frozenset(deps), local


def comb(code, ty, *parts, local=False):
    deps = frozenset().union(*[p.deps for p in parts])
    return E(code, ty, deps, local or any(p.local for p in parts))


# Statements: ('assign', target, E, plus) | ('if', E cond, then, else) | ('loop', trips, body) | ('raw', code)
# ('raw' has no effect on replication: sends, unused declarations.)

class Program:
    def __init__(self, index):
        self.index = index
        kind = rnd.random()
        self.dparams = []
        self.mparams = []
        self.qparams = []
        if kind < 0.25:
            self.dparams = ['a', 'b'] if rnd.random() < 0.6 else ['a']
        elif kind < 0.5:
            self.mparams = ['u'] + (['w'] if rnd.random() < 0.5 else [])
            self.qparams = ['q'] if rnd.random() < 0.3 else []
        else:
            self.dparams = ['a'] + (['b'] if rnd.random() < 0.4 else [])
            self.mparams = ['u'] + (['w'] if rnd.random() < 0.3 else [])
            self.qparams = ['q'] if rnd.random() < 0.3 else []
        self.grid = bool(self.mparams) and rnd.random() < 0.35   # int rows, int columns parameters
        self.dlocals = ['s1', 's2']
        self.mlocals = ['t1', 't2'] if self.mparams else []
        self.qlocals = ['r1'] if self.qparams else []
        self.fresh = 0
        self.tags = [1, 2, 3, 5]
        self.features = set()
        self.tokens = index % 9 in (1, 3, 5, 7)
        self.tparam = self.tokens and index % 2 == 1
        if self.tokens: self.features.add('token parameter' if self.tparam else 'tokens')

    def name(self, stem):
        self.fresh += 1
        return f"{stem}{self.fresh}"

    def vars_of(self, ty):
        return {'d': self.dparams + self.dlocals + ['acc'], 'm': self.mparams + self.mlocals, 'q': self.qparams + self.qlocals}[ty]

    def has(self, ty):
        return bool(self.vars_of(ty)) if ty != 'd' else True

    # ---------- expressions ----------

    def leaf(self, ty):
        if ty == 'd' and rnd.random() < 0.15:
            return E(rnd.choice(['0.7', '1.3', '-0.4']), 'd')
        v = rnd.choice(self.vars_of(ty))
        return E(v, ty, {v})

    def salt(self, ty):
        """A term that differs between ranks (a parameter of the rank's own): no ties in min and max."""
        if ty == 'd':
            if self.dparams:
                p = rnd.choice(self.dparams)
                return E(f"{p} * 0.37", 'd', {p})
            p = rnd.choice(self.mparams)
            return E(f"Tensor.Sum({p}) * 0.23", 'd', {p})
        if ty == 'm':
            p = rnd.choice(self.mparams)
            return E(f"{p} * 0.41", 'm', {p})
        return E("q * 0.43", 'q', {'q'})

    def op(self, name, args, last=False):
        """A communicator operation, threading the program's token where it has one."""
        if not self.tokens: return f"comm.{name}({args})"
        return f"comm.{name}({args}, tk, out {'_' if last else 'tk'})"

    def root(self):
        return rnd.choice(['0', 'comm.Size - 1', '1 % comm.Size'])

    def ring(self):
        nxt, prv = "(comm.Rank + 1) % comm.Size", "(comm.Rank + comm.Size - 1) % comm.Size"
        return (nxt, prv) if rnd.random() < 0.6 else (prv, nxt)

    def tag(self):
        return rnd.choice(self.tags)

    def reduce_to_d(self, depth, comm):
        ty = rnd.choice([t for t in 'mq' if self.has(t)])
        a = self.expr(ty, depth + 1, comm)
        k = rnd.randrange(4)
        if k == 0: return comb(f"Tensor.Sum({a.code}) * 0.2", 'd', a)
        if k == 1: return comb(f"Tensor.SumOfSquares(Tensor.Tanh({a.code})) * 0.1", 'd', a)
        if k == 2: return comb(f"Tensor.Mean(Tensor.Sin({a.code}))", 'd', a)
        b = self.expr(ty, depth + 1, comm)
        return comb(f"Tensor.Dot({a.code}, {b.code}) * 0.1", 'd', a, b)

    def comm_d(self, depth):
        """A double from communication (every rank runs it)."""
        a = self.expr('d', depth + 1, True)
        k = rnd.randrange(14)
        if self.tokens and k in (9, 10, 11, 12): k = rnd.choice([0, 1, 5, 7, 13])   # calls: at statement level (tcall)
        if k == 0: self.features.add('AllreduceSum'); return E(self.op('AllreduceSum', a.code), 'd')
        if k == 1: self.features.add('Broadcast'); return E(self.op('Broadcast', f"{a.code}, {self.root()}"), 'd')
        if k == 2: self.features.add('ReduceSum'); return comb(self.op('ReduceSum', f"{a.code}, {self.root()}"), 'd', a, local=True)
        if k in (3, 4):
            op = rnd.choice(['AllreduceMax', 'AllreduceMin'])
            self.features.add(op)
            return E(self.op(op, f"{a.code} + {self.salt('d').code}"), 'd')
        if k == 5:
            self.features.add('SendReceive')
            nxt, prv = self.ring()
            return comb(self.op('SendReceive', f"{a.code}, {nxt}, {prv}, {self.tag()}"), 'd', a, local=True)
        if k == 6: self.features.add('Gather'); return comb(f"Tensor.Sum({self.op('Gather', f'{a.code}, {self.root()}')}) * 0.3", 'd', a, local=True)
        if k == 7: self.features.add('Allgather'); return E(f"Tensor.SumOfSquares({self.op('Allgather', a.code)}) * 0.2", 'd')
        if k == 8:
            self.features.add('Allgather'); self.features.add('Scatter')
            b = self.expr('d', depth + 1, True)
            return comb(f"Tensor.Sum({self.op('Scatter', self.op('Allgather', a.code) + ' * ' + self.op('Allgather', b.code) + ', ' + self.root())})", 'd', a, b, local=True)
        if k == 9:
            self.features.add('call')
            if rnd.random() < 0.4:
                self.features.add('Isend/Irecv'); self.features.add('tokens')
                return E(f"CTok({a.code}, comm)", 'd')                   # replicated whatever its argument
            return E(f"CSum({a.code}, comm)", 'd')                       # replicated whatever its argument
        if k == 10:
            self.features.add('call')
            return comb(f"CMix({a.code}, comm)", 'd', a)                 # replicated when its argument is
        if k == 11:
            self.features.add('call'); self.features.add('Send/Receive')
            return comb(f"CPair({a.code}, comm)", 'd', a, local=True)    # rank-local
        if k == 12 and self.mparams:
            self.features.add('call')
            t = self.expr('m', depth + 1, True)
            return comb(f"CNest({a.code}, {t.code}, comm)", 'd', a)      # replicated when its double argument is
        if k == 12 or k == 13:
            if self.mparams and rnd.random() < 0.6:
                self.features.add('HaloExchange')
                t = self.expr('m', depth + 1, True)
                return comb(f"Tensor.SumOfSquares(Tensor.Sin({self.halo(t.code, rnd.choice([1, 2]))})) * 0.1", 'd', t, local=True)
            self.features.add('AllreduceSum')
            return comb(f"Math.Sin({self.op('AllreduceSum', a.code)} * 0.5) + {a.code} * 0.2", 'd', a)
        raise AssertionError

    def halo(self, code, reach):
        fill = rnd.choice(['0.0', '0.5', '-0.25'])
        if self.grid and rnd.random() < 0.8:
            return self.op('HaloExchange', f"{code}, rows, columns, {reach}, {fill}")
        return self.op('HaloExchange', f"{code}, {rnd.choice(['1, comm.Size', 'comm.Size, 1'])}, {reach}, {fill}")

    def comm_t(self, ty, depth):
        """A tensor of type ty from communication (every rank runs it)."""
        a = self.expr(ty, depth + 1, True)
        k = rnd.randrange(12)
        if self.tokens and k in (8, 9, 10): k = rnd.choice([0, 4, 7, 11])   # calls: at statement level (tcall)
        if k == 0: self.features.add('AllreduceSum'); return E(self.op('AllreduceSum', a.code), ty)
        if k == 1: self.features.add('Broadcast'); return E(self.op('Broadcast', f"{a.code}, {self.root()}"), ty)
        if k == 2: self.features.add('ReduceSum'); return comb(self.op('ReduceSum', f"{a.code}, {self.root()}"), ty, a, local=True)
        if k == 3:
            op = rnd.choice(['AllreduceMax', 'AllreduceMin'])
            self.features.add(op)
            return E(self.op(op, f"{a.code} + {self.salt(ty).code}"), ty)
        if k == 4:
            self.features.add('SendReceive')
            nxt, prv = self.ring()
            return comb(self.op('SendReceive', f"{a.code}, {nxt}, {prv}, {self.tag()}"), ty, a, local=True)
        if k == 5:
            self.features.add('Allgather'); self.features.add('Scatter')
            return comb(self.op('Scatter', f"{self.op('Allgather', a.code)} * 0.5, {self.root()}"), ty, a, local=True)
        if k == 6:
            self.features.add('Gather'); self.features.add('Scatter')
            r = self.root()
            return comb(self.op('Scatter', f"{self.op('Gather', f'{a.code}, {r}')}, {r}"), ty, a, local=True)
        if k == 7 and ty == 'm':
            self.features.add('HaloExchange')
            reach = rnd.choice([1, 2])
            h = self.halo(a.code, reach)
            r0, c0 = rnd.randrange(2 * reach + 1), rnd.randrange(2 * reach + 1)
            return comb(f"Tensor.Block({h}, {r0}, {c0}, 2, 3)", ty, a, local=True)
        if k == 8 and ty == 'm':
            self.features.add('call')
            return comb(f"CRing({a.code}, comm)", ty, a, local=True)
        if k == 9 and ty == 'm':
            self.features.add('call')
            s = self.expr('d', depth + 1, True)
            return E(f"CBcast({a.code}, {s.code}, comm)", ty)            # replicated whatever its arguments
        if k == 10 and ty == 'm' and self.grid:
            self.features.add('call'); self.features.add('HaloExchange')
            return comb(f"CHalo({a.code}, rows, columns, comm)", ty, a, local=True)
        self.features.add('AllreduceSum')
        return comb(f"Tensor.Tanh({self.op('AllreduceSum', a.code + ' * 0.5')}) + {a.code} * 0.3", ty, a)

    def expr(self, ty, depth=0, comm=False):
        """comm: communication allowed here (every rank evaluates this expression)."""
        r = rnd.random()
        if depth >= 3 or r < 0.25:
            return self.leaf(ty)
        if comm and r < 0.45:
            return self.comm_d(depth) if ty == 'd' else self.comm_t(ty, depth)
        if ty == 'd':
            if (self.mparams or self.qparams) and r < 0.55:
                return self.reduce_to_d(depth, comm)
            a = self.expr('d', depth + 1, comm)
            k = rnd.randrange(7)
            if k == 0: b = self.expr('d', depth + 1, comm); return comb(f"({a.code} + {b.code}) * 0.5", 'd', a, b)
            if k == 1: b = self.expr('d', depth + 1, comm); return comb(f"Math.Tanh({a.code} * {b.code})", 'd', a, b)
            if k == 2: return comb(f"Math.Sin({a.code})", 'd', a)
            if k == 3: return comb(f"Math.Cos({a.code}) * 0.5", 'd', a)
            if k == 4: return comb(f"Math.Exp(Math.Tanh({a.code}) * 0.3)", 'd', a)
            if k == 5: return comb(f"({a.code} * 0.8 - 0.1)", 'd', a)
            return comb(f"Math.Tanh({a.code}) * (comm.Size - 0.5) * 0.3", 'd', a)
        a = self.expr(ty, depth + 1, comm)
        k = rnd.randrange(7)
        if k == 0: b = self.expr(ty, depth + 1, comm); return comb(f"({a.code} + {b.code}) * 0.5", ty, a, b)
        if k == 1: b = self.expr(ty, depth + 1, comm); return comb(f"Tensor.Tanh({a.code} * {b.code})", ty, a, b)
        if k == 2: return comb(f"Tensor.Sin({a.code})", ty, a)
        if k == 3: s = self.expr('d', depth + 1, comm); return comb(f"{a.code} * Math.Tanh({s.code})", ty, a, s)
        if k == 4: s = self.expr('d', depth + 1, comm); return comb(f"({a.code} * 0.7 + {s.code} * 0.2)", ty, a, s)
        if k == 5: return comb(f"Tensor.Tanh({a.code}) * 0.9", ty, a)
        return comb(f"Tensor.Exp(Tensor.Tanh({a.code}) * 0.2)", ty, a)

    # ---------- statements ----------

    def target(self, ty):
        return rnd.choice({'d': self.dlocals + ['acc'], 'm': self.mlocals, 'q': self.qlocals}[ty])

    def types(self):
        return [t for t in 'dmq' if t == 'd' or self.vars_of(t) and {'m': self.mlocals, 'q': self.qlocals}[t]]

    def assign(self, comm):
        ty = rnd.choice(self.types() + ['d'])
        t = self.target(ty)
        e = self.expr(ty, 0, comm)
        if t == 'acc' or rnd.random() < 0.25:
            if ty == 'd':
                return [('assign', t, comb(f"{t} += {e.code} * 0.3;", 'd', e), True)]
            return [('assign', t, comb(f"{t} = {t} * 0.6 + {e.code} * 0.4;", ty, e), True)]
        code = e.code if e.code != t else f"{t} * 0.9"
        return [('assign', t, comb(f"{t} = {code};", ty, e), False)]

    def unused(self, comm):
        self.features.add('unused')
        ty = rnd.choice(self.types())
        e = self.comm_d(1) if ty == 'd' else self.comm_t(ty, 1)
        return [('raw', f"var {self.name('unused')} = {e.code};")]

    def self_message(self):
        """A message to the rank itself: fine under any branch."""
        self.features.add('self message')
        ty = rnd.choice(self.types())
        tag = self.tag()
        e = self.expr(ty, 1, False)
        t = self.target(ty)
        if ty == 'd':
            recv = self.op('Receive', f"comm.Rank, {tag}")
        else:
            recv = self.op('Receive', f"{self.leaf(ty).code}, comm.Rank, {tag}")
        return [('raw', self.op('Send', f"{e.code}, comm.Rank, {tag}") + ";"),
                ('assign', t, comb(f"{t} = {t} * 0.5 + {recv} * 0.5;", ty, local=True), True)]

    def pair(self):
        """Sends from one rank to another, in rank branches that match."""
        self.features.add('Send/Receive')
        ty = rnd.choice(self.types())
        tag = self.tag()
        src, dst, guard = rnd.choice([('0', '1', 1), ('comm.Size - 1', '0', 1), ('1', 'comm.Size - 1', 2)])
        n = rnd.choice([1, 1, 2])
        sends, receives = [], []
        for _ in range(n):
            e = self.expr(ty, 1, False)
            sends.append(('raw', self.op('Send', f"{e.code}, {dst}, {tag}") + ";"))
            t = self.target(ty)
            if ty == 'd':
                recv = self.op('Receive', f"{src}, {tag}")
            else:
                like = self.leaf(ty).code
                recv = self.op('Receive', f"{like}, {src}, {tag}")
                self.features.add('Receive(like)')
            x = self.expr(ty, 2, False)
            receives.append(('assign', t, comb(f"{t} = {t} * 0.5 + {recv} * {x.code if ty == 'd' else 'Tensor.Tanh(' + x.code + ')'};", ty, x, local=True), True))
        local = E(f"comm.Rank == {src}", 'd', local=True)
        return [('if', E(f"comm.Size > {guard}", 'd'),
                 [('if', local, sends, [('if', E(f"comm.Rank == {dst}", 'd', local=True), receives, [])])], [])]

    def pipeline(self):
        """Rank r receives from r - 1, then sends to r + 1."""
        self.features.add('Send/Receive')
        ty = rnd.choice(self.types())
        tag = self.tag()
        t = self.target(ty)
        if ty == 'd':
            recv = self.op('Receive', f"comm.Rank - 1, {tag}")
        else:
            recv = self.op('Receive', f"{self.leaf(ty).code}, comm.Rank - 1, {tag}")
            self.features.add('Receive(like)')
        e = self.expr(ty, 1, False)
        fn = 'Math.Tanh' if ty == 'd' else 'Tensor.Tanh'
        return [('if', E("comm.Rank > 0", 'd', local=True), [('assign', t, comb(f"{t} = {t} * 0.5 + {recv};", ty, local=True), True)], []),
                ('if', E("comm.Rank < comm.Size - 1", 'd', local=True), [('raw', self.op('Send', f"{fn}({e.code}), comm.Rank + 1, {tag}") + ";")], [])]

    def tcall(self):
        """A helper that communicates, called where no token is live: the chain is closed before and restarted after."""
        self.features.add('call')
        opts = [('CSum', 'd', 'rep'), ('CMix', 'd', 'arg'), ('CPair', 'd', 'local'), ('CTok', 'd', 'rep')]
        if self.mparams:
            opts += [('CNest', 'd', 'arg'), ('CRing', 'm', 'local'), ('CBcast', 'm', 'rep')]
            if self.grid: opts.append(('CHalo', 'm', 'local'))
        name, ty, rep = rnd.choice(opts)
        if ty == 'm' and not self.mlocals: ty = 'd'; name, rep = 'CSum', 'rep'
        if name == 'CTok': self.features.add('Isend/Irecv')
        a = self.expr(ty, 1, False)
        if name == 'CNest': args = f"{a.code}, {self.expr('m', 1, False).code}, comm"
        elif name == 'CBcast': args = f"{a.code}, {self.expr('d', 1, False).code}, comm"
        elif name == 'CHalo': args = f"{a.code}, rows, columns, comm"
        else: args = f"{a.code}, comm"
        t = self.target(ty)
        e = E(f"{name}({args})", ty) if rep == 'rep' else comb(f"{name}({args})", ty, a, local=rep == 'local')
        close = rnd.choice(["comm.Barrier(tk, out _);", None])
        out = []
        if close: out.append(('raw', close))
        else:
            # close the chain with a collective whose token is discarded
            x = self.expr('d', 2, False)
            s = self.target('d')
            out.append(('assign', s, comb(f"{s} += {self.op('AllreduceSum', x.code, last=True)} * 0.1;", 'd'), True))
        out.append(('assign', t, comb(f"{t} = {t} * 0.5 + {e.code} * 0.5;", ty, e), True))
        out.append(('raw', "tk = comm.Token;"))
        return out

    def read(self, req, ty):
        return f"{req}.Value" if ty == 'd' else f"{req}.Tensor"

    def reads(self, requests, comm):
        """Reads of received values after their Wait: each request read zero, one or two times."""
        out = []
        for r, ty in requests:
            for _ in range(rnd.choice([0, 1, 1, 2])):
                t = self.target(ty)
                x = self.expr(ty, 2, False)
                fn = '' if ty == 'd' else 'Tensor.Tanh'
                out.append(('assign', t, comb(f"{t} = {t} * 0.5 + {self.read(r, ty)} * {fn}({x.code});", ty, x, local=True), True))
        return out

    def iring(self, comm):
        """Non-blocking rings (every rank runs them): one or two Irecv/Isend pairs, statements between, then the Waits."""
        self.features.add('Isend/Irecv')
        out, waits, received = [], [], []
        for _ in range(rnd.choice([1, 1, 2])):
            ty = rnd.choice(self.types())
            nxt, prv = self.ring()
            tag = self.tag()
            r, s = self.name('rq'), self.name('sq')
            if ty == 'd':
                recv = self.op('Irecv', f"{prv}, {tag}")
            else:
                recv = self.op('Irecv', f"{self.leaf(ty).code}, {prv}, {tag}")
            e = self.expr(ty, 1, comm)
            send = self.op('Isend', f"{e.code}, {nxt}, {tag}")
            pair = [('raw', f"var {r} = {recv};"), ('raw', f"var {s} = {send};")]
            if rnd.random() < 0.4: pair.reverse()
            out += pair
            waits += [('raw', f"comm.Wait({r});"), ('raw', f"comm.Wait({s});")]
            received.append((r, ty))
        for _ in range(rnd.choice([0, 0, 1, 2])):
            out += self.assign(comm)
        rnd.shuffle(waits)
        return out + waits + self.reads(received, comm)

    def iself(self):
        """A non-blocking message to the rank itself: fine under any branch."""
        self.features.add('Isend/Irecv')
        ty = rnd.choice(self.types())
        tag = self.tag()
        r, s = self.name('rq'), self.name('sq')
        recv = self.op('Irecv', f"comm.Rank, {tag}") if ty == 'd' else self.op('Irecv', f"{self.leaf(ty).code}, comm.Rank, {tag}")
        send = self.op('Isend', f"{self.expr(ty, 1, False).code}, comm.Rank, {tag}")
        pair = [('raw', f"var {r} = {recv};"), ('raw', f"var {s} = {send};")]
        if rnd.random() < 0.5: pair.reverse()
        waits = [('raw', f"comm.Wait({r});"), ('raw', f"comm.Wait({s});")]
        rnd.shuffle(waits)
        return pair + waits + self.reads([(r, ty)], False)

    def ipair(self):
        """A non-blocking message from one rank to another in rank branches that match; with a blocking message of the
        same sender, receiver and tag before or after each side's Wait (after the start: FIFO gives the request the first)."""
        self.features.add('Isend/Irecv')
        ty = rnd.choice(self.types())
        tag = self.tag()
        src, dst, guard = rnd.choice([('0', '1', 1), ('comm.Size - 1', '0', 1), ('1', 'comm.Size - 1', 2)])
        r, s = self.name('rq'), self.name('sq')
        recv = self.op('Irecv', f"{src}, {tag}") if ty == 'd' else self.op('Irecv', f"{self.leaf(ty).code}, {src}, {tag}")
        send = self.op('Isend', f"{self.expr(ty, 1, False).code}, {dst}, {tag}")
        sends = [('raw', f"var {s} = {send};")]
        receives = [('raw', f"var {r} = {recv};")]
        sw, rw = ('raw', f"comm.Wait({s});"), ('raw', f"comm.Wait({r});")
        if rnd.random() < 0.5:
            self.features.add('Send/Receive')
            ty2 = rnd.choice(self.types())
            bsend = ('raw', self.op('Send', f"{self.expr(ty2, 1, False).code}, {dst}, {tag}") + ";")
            t = self.target(ty2)
            brecv = self.op('Receive', f"{src}, {tag}") if ty2 == 'd' else self.op('Receive', f"{self.leaf(ty2).code}, {src}, {tag}")
            bassign = ('assign', t, comb(f"{t} = {t} * 0.5 + {brecv} * 0.5;", ty2, local=True), True)
            sends += [bsend, sw] if rnd.random() < 0.5 else [sw, bsend]
            receives += [bassign, rw] if rnd.random() < 0.5 else [rw, bassign]
        else:
            sends.append(sw)
            receives.append(rw)
        receives += self.reads([(r, ty)], False)
        local = E(f"comm.Rank == {src}", 'd', local=True)
        return [('if', E(f"comm.Size > {guard}", 'd'),
                 [('if', local, sends, [('if', E(f"comm.Rank == {dst}", 'd', local=True), receives, [])])], [])]

    def block(self, depth, comm, size=None):
        out = []
        for _ in range(size or rnd.randrange(2, 5)):
            r = rnd.random()
            if r < 0.13 and depth < 2:
                self.features.add('loop')
                out.append(('loop', rnd.choice([2, 3]), self.block(depth + 1, comm)))
            elif r < 0.23 and depth < 2:
                # a branch on a rank-local value: no communication between ranks inside
                self.features.add('value branch')
                c = self.expr('d', 1, False)
                while not c.deps: c = self.expr('d', 1, False)   # a constant condition is unreachable code (CS0162)
                cond = comb(f"{c.code} > {rnd.choice(['0.3', '0.0', '0.6'])}", 'd', c)
                out.append(('if', cond, self.block(depth + 1, False), self.block(depth + 1, False) if rnd.random() < 0.5 else []))
            elif r < 0.3 and depth < 2 and comm:
                # a branch every rank takes the same way (communication allowed inside)
                self.features.add('replicated branch')
                k = rnd.randrange(3)
                if k == 0: cond = E("comm.Size > 1", 'd')
                elif k == 1: cond = E("comm.Size % 2 == 0", 'd')
                else:
                    c = self.expr('d', 2, False)
                    cond = E(f"Math.Sin({self.op('AllreduceSum', c.code)}) > {rnd.choice(['0.2', '-0.3'])}", 'd')
                out.append(('if', cond, self.block(depth + 1, True), self.block(depth + 1, True) if rnd.random() < 0.5 else []))
            elif r < 0.36 and depth < 2:
                # a branch on the rank, without communication between ranks inside
                self.features.add('rank branch')
                cond = E(rnd.choice(["comm.Rank == 0", "comm.Rank % 2 == 1", "comm.Rank == comm.Size - 1"]), 'd', local=True)
                out.append(('if', cond, self.block(depth + 1, False), self.block(depth + 1, False) if rnd.random() < 0.4 else []))
            elif r < 0.44 and comm:
                out += self.pair()
            elif r < 0.49 and comm:
                out += self.pipeline()
            elif r < 0.53:
                out += self.self_message()
            elif r < 0.58 and comm:
                out += self.unused(comm)
            elif r < 0.65 and comm:
                out += self.iring(comm)
            elif r < 0.69 and comm:
                out += self.ipair()
            elif r < 0.72:
                out += self.iself()
            elif r < 0.76 and comm and self.tokens:
                out += self.tcall()
            else:
                out += self.assign(comm)
        return out

    # ---------- replication (docs/communication.md, "How replication is decided") ----------

    def replicated(self, e, state):
        return not e.local and all(state.get(v, False) for v in e.deps)

    def flow(self, stmts, state, control):
        for s in stmts:
            if s[0] == 'assign':
                _, t, e, plus = s
                state[t] = self.replicated(e, state) and control and (state[t] if plus else True)
            elif s[0] == 'if':
                _, c, then, other = s
                inner = control and self.replicated(c, state)
                a = self.flow(then, dict(state), inner)
                b = self.flow(other, dict(state), inner)
                for v in state: state[v] = a[v] and b[v]
            elif s[0] == 'loop':
                while True:
                    after = self.flow(s[2], dict(state), control)
                    joined = {v: state[v] and after[v] for v in state}
                    if joined == state: break
                    state = joined
        return state

    def emit(self, stmts, indent, lines):
        pad = '    ' * indent
        for s in stmts:
            if s[0] in ('assign', 'raw'):
                lines.append(pad + (s[2].code if s[0] == 'assign' else s[1]))
            elif s[0] == 'if':
                lines.append(f"{pad}if ({s[1].code})")
                lines.append(pad + "{")
                self.emit(s[2], indent + 1, lines)
                lines.append(pad + "}")
                if s[3]:
                    lines.append(pad + "else")
                    lines.append(pad + "{")
                    self.emit(s[3], indent + 1, lines)
                    lines.append(pad + "}")
            else:
                k = self.name('k')
                lines.append(f"{pad}for (var {k} = 0; {k} < {s[1]}; {k}++)")
                lines.append(pad + "{")
                self.emit(s[2], indent + 1, lines)
                lines.append(pad + "}")

    def write(self):
        params = [f"double {p}" for p in self.dparams] + [f"Tensor {p}" for p in self.mparams + self.qparams]
        if self.grid: params += ["int rows", "int columns"]
        params.append("Communicator comm")
        if self.tparam: params.append("CommToken token")
        self.signature = ", ".join(params)
        init = []
        if self.tokens and not self.tparam: init.append(('raw', "var tk = comm.Token;"))
        d0 = ' + '.join([f"{p} * 0.5" for p in self.dparams] + [f"Tensor.Mean({p})" for p in self.mparams + self.qparams])
        init.append(('assign', 's1', comb(f"var s1 = Math.Tanh({d0});", 'd', E('', 'd', self.dparams + self.mparams + self.qparams)), False))
        if self.tparam:
            # The parameter's chain goes on in tk. (Not `var tk = token;`: a copy of a token parameter whose
            # communicator is still unknown makes ADCME017 report rank branches that use tk on one side, a false
            # positive, see TokenDiagnosticTests.ACopiedTokenParameter…)
            if rnd.random() < 0.5:
                init.append(('raw', "comm.Barrier(token, out var tk);"))
                init.append(('assign', 's2', E("var s2 = 0.25;", 'd'), False))
            else:
                init.append(('assign', 's2', E("var s2 = comm.Broadcast(0.25, 0, token, out var tk);", 'd'), False))
        else:
            init.append(('assign', 's2', E("var s2 = 0.25;", 'd'), False))
        init.append(('assign', 'acc', E("var acc = 0.0;", 'd'), False))
        for t in self.mlocals:
            p = rnd.choice(self.mparams)
            init.append(('assign', t, E(f"var {t} = Tensor.Tanh({p});", 'm', {p}), False))
        for t in self.qlocals:
            init.append(('assign', t, E(f"var {t} = Tensor.Sin(q) * 0.5;", 'q', {'q'}), False))
        body = self.block(0, True, rnd.randrange(4, 8))
        state = {v: False for v in self.dparams + self.mparams + self.qparams}
        state = self.flow(init + body, state, True)
        # The result: rank-local (a parameter's term, or ReduceSum) or the same on every rank (a collective, plus the
        # variables that are replicated here).
        parts = ['acc', 's1 * 0.3', 'Math.Sin(s2)'] + [f"Tensor.Sum(Tensor.Tanh({t})) * 0.2" for t in self.mlocals + self.qlocals]
        total = ' + '.join(parts)
        ending = rnd.choice(['local', 'local', 'reduce', 'allreduce', 'broadcast', 'max', 'repvars'])
        rep_vars = [v for v in ['s1', 's2', 'acc'] + self.mlocals + self.qlocals if state[v]]
        def rep_term(v):
            return f"Tensor.Mean(Tensor.Sin({v}))" if v in self.mlocals + self.qlocals else f"Math.Sin({v})"
        extra = ''.join(f" + {rep_term(v)} * 0.5" for v in rep_vars if rnd.random() < 0.7)
        p = (self.dparams + self.mparams + self.qparams)[0]
        pterm = f"{p} * 0.1" if p in self.dparams else f"Tensor.Sum({p}) * 0.05"
        if ending == 'local':
            ret = E(f"{total} + {pterm}", 'd', {p})
        elif ending == 'reduce':
            self.features.add('ReduceSum')
            ret = E(self.op('ReduceSum', f"{total}, {self.root()}", last=True), 'd', local=True)
        elif ending == 'allreduce':
            self.features.add('AllreduceSum')
            ret = E(f"{self.op('AllreduceSum', total, last=True)}{extra}", 'd')
        elif ending == 'broadcast':
            self.features.add('Broadcast')
            ret = E(f"Math.Tanh({self.op('Broadcast', f'{total}, {self.root()}', last=True)}){extra}", 'd')
        elif ending == 'max':
            op = rnd.choice(['AllreduceMax', 'AllreduceMin'])
            self.features.add(op)
            ret = E(f"{self.op(op, f'{total} + {self.salt(chr(100)).code}')} * 0.5 + {self.op('AllreduceSum', 's1 * s1', last=True)}{extra}", 'd')
        else:
            # replicated only if these variables are: the tree decides
            chosen = rnd.sample(['s1', 's2', 'acc'] + self.mlocals + self.qlocals, 2)
            ret = E(self.op('AllreduceSum', 'acc * 0.5', last=True) + ''.join(f" + {rep_term(v)} * 0.5" for v in chosen), 'd', set(chosen))
        self.is_replicated = self.replicated(ret, state)
        lines = []
        self.emit(init + body, 2, lines)
        lines.append(f"        return {ret.code};")
        self.lines = lines


HELPERS = """    // Helpers that communicate, called by the programs (the generator knows each one's replication).

    /// <summary>Replicated whatever its argument: a collective's result.</summary>
    [Differentiable]
    public static double CSum(double x, Communicator comm) => Math.Tanh(comm.AllreduceSum(x * x) * 0.3);

    /// <summary>Replicated when its argument is: a broadcast plus the argument.</summary>
    [Differentiable]
    public static double CMix(double x, Communicator comm) => comm.Broadcast(Math.Sin(x), 0) * 0.5 + x * 0.3;

    /// <summary>Rank-local: a tensor ring (each rank receives its previous rank's value).</summary>
    [Differentiable]
    public static Tensor CRing(Tensor t, Communicator comm)
    {
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        return Tensor.Tanh(comm.SendReceive(t * 0.8, next, previous, 11)) + t * 0.2;
    }

    /// <summary>Replicated whatever its arguments: a broadcast, then collectives in a loop.</summary>
    [Differentiable]
    public static Tensor CBcast(Tensor t, double s, Communicator comm)
    {
        var y = comm.Broadcast(t * Math.Tanh(s), comm.Size - 1);
        for (var k = 0; k < 2; k++)
        {
            y = Tensor.Tanh(comm.AllreduceSum(y * 0.5));
        }
        return y;
    }

    /// <summary>Rank-local: rank 0 sends to rank 1 in a branch on the rank.</summary>
    [Differentiable]
    public static double CPair(double x, Communicator comm)
    {
        var r = x * 0.5;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Sin(x), 1, 12);
            }
            else if (comm.Rank == 1)
            {
                r = r + comm.Receive(0, 12) * x;
            }
        }
        return r;
    }

    /// <summary>Calls other helpers; replicated when x is (CSum is always, CMix when x is; t reaches only CSum).</summary>
    [Differentiable]
    public static double CNest(double x, Tensor t, Communicator comm) => CSum(x + Tensor.Sum(CRing(t, comm)) * 0.1, comm) + CMix(x, comm) * 0.5;

    /// <summary>Replicated whatever its argument: its own chain of tokens through a non-blocking ring and a collective.</summary>
    [Differentiable]
    public static double CTok(double x, Communicator comm)
    {
        var t0 = comm.Token;
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        var r = comm.Irecv(previous, 13, t0, out var t1);
        var s = comm.Isend(Math.Sin(x), next, 13, t1, out var t2);
        comm.Wait(s);
        comm.Wait(r);
        return comm.AllreduceSum(r.Value * x + x * 0.5, t2, out _);
    }

    /// <summary>Rank-local: a window of the halo-padded block.</summary>
    [Differentiable]
    public static Tensor CHalo(Tensor t, int rows, int columns, Communicator comm) => Tensor.Block(comm.HaloExchange(Tensor.Tanh(t), rows, columns, 1, 0.25), 0, 1, 2, 3);
"""

programs = []
for m in range(count):
    p = Program(m)
    p.write()
    programs.append(p)

print("// Written by gen_comm.py " + " ".join(sys.argv[1:]) + ": do not edit; change the script and run it again.")
print("namespace Adcme.Tests.Adversarial.CommFuzz;\n")
print("public static partial class CommFuzzCases\n{")
reps = ", ".join(f'"C{p.index}"' for p in programs if p.is_replicated)
print("    /// <summary>The programs whose result is the same on every rank by provenance (M_Gradient counts it once);")
print("    /// the others' results are rank-local (summed over ranks).</summary>")
print(f"    public static readonly IReadOnlySet<string> Replicated = new HashSet<string> {{ {reps} }};\n")
print(HELPERS)
for p in programs:
    print(f"    // {'replicated' if p.is_replicated else 'rank-local'}; {', '.join(sorted(p.features))}")
    print(f"    [Differentiable]\n    public static double C{p.index}({p.signature})\n    {{")
    print("\n".join(p.lines))
    print("    }\n")
print("}")
