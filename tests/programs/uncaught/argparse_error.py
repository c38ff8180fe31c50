import argparse, sys
parser = argparse.ArgumentParser(description='Greet someone.')
parser.add_argument('name')
parser.add_argument('--times', type=int, default=1)
args = parser.parse_args()
print(args)
