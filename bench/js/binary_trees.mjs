// Hand-written JavaScript counterpart of bench/programs/binary_trees.py: nodes are two-field
// objects, a leaf has null children.

function makeTree(depth) {
  if (depth === 0) return { left: null, right: null };
  depth--;
  return { left: makeTree(depth), right: makeTree(depth) };
}

function checkTree(node) {
  if (node.left === null) return 1;
  return 1 + checkTree(node.left) + checkTree(node.right);
}

function main(maxDepth) {
  const minDepth = 4;
  const stretch = maxDepth + 1;
  console.log(`stretch tree of depth ${stretch}\t check: ${checkTree(makeTree(stretch))}`);
  const longLived = makeTree(maxDepth);
  for (let depth = minDepth; depth <= maxDepth; depth += 2) {
    const iterations = 2 ** (maxDepth - depth + minDepth);
    let check = 0;
    for (let i = 0; i < iterations; i++) check += checkTree(makeTree(depth));
    console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
  }
  console.log(`long lived tree of depth ${maxDepth}\t check: ${checkTree(longLived)}`);
}

main(15);
