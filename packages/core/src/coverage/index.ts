// Coverage of a directory (areas × kinds of support, gaps): being written (issue 4).
export {};
